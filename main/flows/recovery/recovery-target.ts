import { identifierKey } from '../../accounts/login-service';
import type { FlowRow } from '../engine/flow-repository';
import type { RecoveryContext } from './recovery-context';

/** Whom a recovery's code goes to, once the typed details led to a usable account. */
export interface RecoveryTarget {
  accountId: string;
  /** Every roster row of the account's guardian (S-RATE-1 counts against all of them). */
  guardianIds: number[];
  phoneE164: string;
}

/** Why nobody was found: for the audit log only (S-ENUM-4: the person sees the same screens). */
export type NoTargetReason =
  | 'no-match'
  | 'ambiguous'
  | 'no-account'
  | 'account-disabled'
  | 'guardian-locked'
  | 'no-mobile'
  | 'no-child';

export type TargetLookup =
  { found: true; target: RecoveryTarget } | { found: false; reason: NoTargetReason };

const none = (reason: NoTargetReason): TargetLookup => ({ found: false, reason });

/** The account's own checks, whichever way it was found. */
function usableAccount(
  context: RecoveryContext,
  flow: FlowRow,
  accountId: string,
  phoneE164: string | null,
): TargetLookup {
  const account = context.accountRecords.byId(accountId);
  if (!account) return none('no-account');
  // The roster importer disables an account whose guardian left: like no account (S-ENUM-4).
  if (account.disabled_at !== null) return none('account-disabled');
  const guardianIds = context.accountRecords.guardianIdsOf(accountId);
  if (guardianIds.length === 0) return none('no-account');
  if (context.secretFailures.anyLocked(guardianIds)) return none('guardian-locked');
  if (!phoneE164) return none('no-mobile');
  // "Mot de passe perdu" asks a child's birth date after the code: without one, no reset here.
  if (
    flow.kind === 'password-recovery' &&
    context.accountRecords.checkableChildrenOf(accountId).length === 0
  ) {
    return none('no-child');
  }
  return { found: true, target: { accountId, guardianIds, phoneE164 } };
}

/**
 * Nom + prénom + mobile go through the activation's identity matcher (S-ENUM-2) and must lead
 * to an activated account; an identifier leads to its account and the mobile the school has
 * for it. Either way: not disabled, not locked, and (password) a child left to ask about.
 */
export function findRecoveryTarget(context: RecoveryContext, flow: FlowRow): TargetLookup {
  if (flow.typed_identifier !== null) {
    const account = context.accountRecords.byIdentifier(identifierKey(flow.typed_identifier));
    if (!account) return none('no-account');
    return usableAccount(context, flow, account.id, context.accountRecords.mobileOf(account.id));
  }
  const matched = context.matchIdentity({
    lastName: flow.typed_last_name ?? '',
    firstName: flow.typed_first_name ?? '',
    phoneE164: flow.phone_e164 ?? '',
  });
  if (matched.kind === 'none') return none('no-match');
  if (matched.kind === 'ambiguous') return none('ambiguous');
  const accountId = context.roster.findLinkedAccount(matched.guardians.map((g) => g.id));
  if (!accountId) return none('no-account');
  return usableAccount(context, flow, accountId, flow.phone_e164);
}
