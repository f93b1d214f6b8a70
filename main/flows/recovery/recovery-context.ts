import type { AccountRecords } from '../../accounts/account-records';
import type { PasswordReplacer } from '../../accounts/password-replacer';
import type { ActivationContext } from '../activation/activation-context';
import type { FlowKind } from '../engine/flow-repository';
import type { RecoveryKind } from '../../../shared/recovery-view';

/**
 * The recovery steps share the activation's parts (the same code sender, rate limiter, identity
 * matcher, response floor and flows table) plus the account reads and the password replacer.
 */
export interface RecoveryContext extends ActivationContext {
  accountRecords: AccountRecords;
  replacePassword: PasswordReplacer;
}

/** Every recovery channel accepts both recovery kinds (and only them). */
export const RECOVERY_FLOW_KINDS: readonly FlowKind[] = [
  'identifier-recovery',
  'password-recovery',
];

export const flowKindOf = (kind: RecoveryKind): FlowKind =>
  kind === 'identifier' ? 'identifier-recovery' : 'password-recovery';

export const recoveryKindOf = (kind: FlowKind): RecoveryKind =>
  kind === 'identifier-recovery' ? 'identifier' : 'password';

/** sms_log purposes, per kind. */
export const codePurposeOf = (kind: FlowKind): string => `${recoveryKindOf(kind)}-recovery-code`;
