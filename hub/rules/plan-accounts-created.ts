// The decisions for a run of pushed `account.created` events, made in memory from what the hub
// already holds (account-created.ts reads it and writes the plan): the same decisions, in the same
// hub order, as applying the events one at a time, in a handful of statements for the whole run.
import { randomUUID } from 'node:crypto';
import type { SyncedChange } from '../../shared/sync/sync-protocol';
import type { ChangeToRecord } from '../sync/push-context';
import {
  claimIdentifier,
  type ClaimingKiosk,
  type IdentifierClaim,
  type IdentifierHolder,
} from './claim-identifier';

export type AccountCreated = Extract<SyncedChange, { type: 'account.created' }>;

/** The account the hub keeps for a guardian: the first of theirs to reach it. */
export interface KeptAccount {
  readonly accountId: string;
  readonly identifier: string;
  readonly guardianSourceId: string;
  /** Its place in hub order: its version, or for one of this run, after every stored one. */
  readonly order: number;
}

/** What the hub holds for the run's guardians and identifiers; the planner updates both maps. */
export interface AccountsCreatedState {
  readonly keptByGuardian: Map<string, KeptAccount>;
  readonly identifierHolders: Map<string, IdentifierHolder>;
}

export interface GuardianKept {
  readonly guardianSourceId: string;
  readonly accountId: string;
  readonly identifier: string;
  /** Index in `changes` of the account's account.created: its version is the row's. */
  readonly changeIndex: number;
}

export interface AccountsCreatedPlan {
  /** In hub order. */
  readonly changes: ChangeToRecord[];
  readonly identifierClaims: IdentifierClaim[];
  readonly guardiansKept: GuardianKept[];
}

/** Orders after any stored version (which stay far below 2^52). */
const IN_THIS_RUN = 2 ** 52;

/**
 * An account the hub already has for one of these guardians, other than this one: the one holding
 * the newcomer's identifier first (the same person's same identifier), then the first in hub order.
 */
function keptAccountFor(state: AccountsCreatedState, account: AccountCreated): KeptAccount | null {
  let best: KeptAccount | null = null;
  for (const guardian of account.guardians) {
    const kept = state.keptByGuardian.get(guardian.sourceId);
    if (!kept || kept.accountId === account.accountId) continue;
    const sameIdentifier = kept.identifier === account.identifier;
    const bestSame = best?.identifier === account.identifier;
    if (
      !best ||
      (sameIdentifier && !bestSame) ||
      (sameIdentifier === bestSame && kept.order < best.order)
    ) {
      best = kept;
    }
  }
  return best;
}

/**
 * The retirement every kiosk pulls, and the conflict the secretariat sees: nothing is silently
 * dropped. With one identifier for both, the parent logs in with it and the password that reached
 * the hub first; the other password is refused as any wrong one.
 */
function retirement(
  schoolUai: string,
  account: AccountCreated,
  kept: KeptAccount,
): ChangeToRecord[] {
  const sameIdentifier = kept.identifier === account.identifier;
  return [
    {
      change: {
        type: 'account.retired',
        accountId: account.accountId,
        keptAccountId: kept.accountId,
        keptIdentifier: kept.identifier,
      },
      originKioskId: null,
    },
    {
      change: {
        type: 'conflict.recorded',
        conflictId: randomUUID(),
        kind: 'same-guardian-activated-twice',
        guardian: { schoolUai, sourceId: kept.guardianSourceId },
        detail: {
          keptIdentifier: kept.identifier,
          retiredIdentifier: account.identifier,
          keptAccountId: kept.accountId,
          retiredAccountId: account.accountId,
          ...(sameIdentifier ? { firstPasswordKept: true } : {}),
        },
      },
      originKioskId: null,
    },
  ];
}

/**
 * Accounts activated at a kiosk, in seq order. Each identifier is claimed in the group (it stays
 * that account's forever, even retired). When the same guardian was activated at another kiosk
 * that reached the hub first, that account stays and this one is retired.
 *
 * Both kiosks may have given the guardian the hub's one reservation (they had pulled it, then
 * went offline together): the same person with the same identifier. The newcomer's
 * account.created is then NOT recorded — no kiosk may ever receive two accounts with one
 * identifier — and only its retirement is; a kiosk that made it retires it when it pulls the kept
 * account (main/sync/apply). Any other collision of identifiers is a bug (claim-identifier.ts).
 */
export function planAccountsCreated(
  kiosk: ClaimingKiosk & { readonly id: string },
  accounts: readonly AccountCreated[],
  state: AccountsCreatedState,
): AccountsCreatedPlan {
  const plan: AccountsCreatedPlan = { changes: [], identifierClaims: [], guardiansKept: [] };
  for (const account of accounts) {
    const kept = keptAccountFor(state, account);
    if (kept && kept.identifier === account.identifier) {
      plan.changes.push(...retirement(kiosk.schoolUai, account, kept));
      continue;
    }
    const changeIndex = plan.changes.length;
    plan.changes.push({ change: account, originKioskId: kiosk.id });
    const claim = claimIdentifier(state.identifierHolders, kiosk, account);
    if (claim) plan.identifierClaims.push(claim);
    if (kept) {
      plan.changes.push(...retirement(kiosk.schoolUai, account, kept));
      continue;
    }
    for (const { sourceId } of account.guardians) {
      if (state.keptByGuardian.has(sourceId)) continue;
      const { accountId, identifier } = account;
      state.keptByGuardian.set(sourceId, {
        accountId,
        identifier,
        guardianSourceId: sourceId,
        order: IN_THIS_RUN + changeIndex,
      });
      plan.guardiansKept.push({ guardianSourceId: sourceId, accountId, identifier, changeIndex });
    }
  }
  return plan;
}
