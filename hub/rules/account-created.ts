import type { PushContext, PushedEventHandler } from '../sync/push-context';
import type { RosterRef, SyncedChange } from '../../shared/sync/sync-protocol';
import { claimIdentifier } from './claim-identifier';
import { pushedChange } from './pushed-change';
import { recordConflict } from './record-conflict';

type AccountCreated = Extract<SyncedChange, { type: 'account.created' }>;

interface KeptAccount {
  account_id: string;
  identifier: string;
  guardian_source_id: string;
}

/**
 * An account the hub already has for one of these guardians (the first to reach it); the one
 * holding the newcomer's identifier first, so that the same person's same identifier is found.
 */
async function findKeptAccount(
  context: PushContext,
  guardians: readonly RosterRef[],
  account: AccountCreated,
): Promise<KeptAccount | null> {
  const { rows } = await context.db.query<KeptAccount>(
    `SELECT account_id, identifier, guardian_source_id FROM guardian_accounts
      WHERE school_uai = $1 AND guardian_source_id = ANY($2::text[]) AND account_id <> $3::uuid
      ORDER BY identifier = $4 DESC, version LIMIT 1`,
    [context.schoolUai, guardians.map((g) => g.sourceId), account.accountId, account.identifier],
  );
  return rows[0] ?? null;
}

async function retireInFavourOf(
  context: PushContext,
  account: AccountCreated,
  kept: KeptAccount,
): Promise<void> {
  await context.recordChange(
    {
      type: 'account.retired',
      accountId: account.accountId,
      keptAccountId: kept.account_id,
      keptIdentifier: kept.identifier,
    },
    null,
  );
  const sameIdentifier = kept.identifier === account.identifier;
  await recordConflict(context, {
    kind: 'same-guardian-activated-twice',
    guardian: { schoolUai: context.schoolUai, sourceId: kept.guardian_source_id },
    detail: {
      keptIdentifier: kept.identifier,
      retiredIdentifier: account.identifier,
      keptAccountId: kept.account_id,
      retiredAccountId: account.accountId,
      // One identifier for both: the parent logs in with it and the password that reached the
      // hub first; the other password is refused as any wrong one.
      ...(sameIdentifier ? { firstPasswordKept: true } : {}),
    },
  });
}

/**
 * An account activated at a kiosk. Its identifier is claimed in the group (it stays that
 * account's forever, even retired). When the same guardian was activated at another kiosk that
 * reached the hub first, that account stays and this one is retired: every kiosk pulls the
 * retirement and a conflict for the secretariat, so nothing is silently dropped.
 *
 * Both kiosks may have given the guardian the hub's one reservation (they had pulled it, then
 * went offline together): the same person with the same identifier. The newcomer's
 * account.created is then NOT recorded — no kiosk may ever receive two accounts with one
 * identifier — and only its retirement is; a kiosk that made it retires it when it pulls the kept
 * account (main/sync/apply). Any other collision of identifiers is a bug (claim-identifier.ts).
 */
export const applyAccountCreated: PushedEventHandler = async (context) => {
  const change = pushedChange(context, 'account.created');
  const kept = await findKeptAccount(context, change.guardians, change);
  if (kept && kept.identifier === change.identifier) {
    await retireInFavourOf(context, change, kept);
    return;
  }
  const version = await context.recordChange(change, context.kioskId);
  await claimIdentifier(context, change);
  if (!kept) {
    await context.db.query(
      `INSERT INTO guardian_accounts (school_uai, guardian_source_id, account_id, identifier, version)
       SELECT $1, unnest($2::text[]), $3, $4, $5
       ON CONFLICT (school_uai, guardian_source_id) DO NOTHING`,
      [
        context.schoolUai,
        change.guardians.map((g) => g.sourceId),
        change.accountId,
        change.identifier,
        version,
      ],
    );
    return;
  }
  await retireInFavourOf(context, change, kept);
};
