import type { RecoveryKind } from '../../../shared/recovery-view';
import type { AccountRecords } from '../../accounts/account-records';
import type { AccountReader } from '../../accounts/account-view-loader';
import type { PasswordHasher } from '../../accounts/password-hasher';
import type { PasswordReplacer } from '../../accounts/password-replacer';
import type { FlowKind } from '../engine/flow-repository';
import type { ActivationRoster } from '../identity-checks/activation-roster';
import type { IdentityMatcher } from '../identity-checks/identity-matcher';
import type { SmsCodeContext } from '../sms-code-step/sms-code-context';

/**
 * What the recovery steps need: the SMS code step (the same sender, rate limiter and flows
 * table as the activation), the identity matcher and response floor, the roster's reads, the
 * account reads and the password replacer.
 */
export interface RecoveryContext extends SmsCodeContext {
  sleep: (ms: number) => Promise<void>;
  roster: Pick<ActivationRoster, 'student' | 'findLinkedAccount'>;
  accounts: AccountReader;
  matchIdentity: IdentityMatcher;
  passwordHasher: PasswordHasher;
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
