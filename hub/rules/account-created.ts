import type { PushContext, PushedEventHandler } from '../sync/push-context';
import type { RosterRef } from '../../shared/sync/sync-protocol';
import { claimIdentifier } from './claim-identifier';
import { pushedChange } from './pushed-change';
import { recordConflict } from './record-conflict';

interface KeptAccount {
  account_id: string;
  identifier: string;
  guardian_source_id: string;
}

/** An account the hub already has for one of these guardians (the first to reach it). */
async function findKeptAccount(
  context: PushContext,
  guardians: readonly RosterRef[],
  accountId: string,
): Promise<KeptAccount | null> {
  const { rows } = await context.db.query<KeptAccount>(
    `SELECT account_id, identifier, guardian_source_id FROM guardian_accounts
      WHERE school_uai = $1 AND guardian_source_id = ANY($2::text[]) AND account_id <> $3::uuid
      ORDER BY version LIMIT 1`,
    [context.schoolUai, guardians.map((g) => g.sourceId), accountId],
  );
  return rows[0] ?? null;
}

/**
 * An account activated at a kiosk. Its identifier is claimed in the group (it stays that
 * account's forever, even retired). When the same guardian was activated at another kiosk that
 * reached the hub first, that account stays and this one is retired: every kiosk pulls the
 * account, its retirement and a conflict for the secretariat, so nothing is silently dropped.
 */
export const applyAccountCreated: PushedEventHandler = async (context) => {
  const change = pushedChange(context, 'account.created');
  const kept = await findKeptAccount(context, change.guardians, change.accountId);
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
  await context.recordChange(
    {
      type: 'account.retired',
      accountId: change.accountId,
      keptAccountId: kept.account_id,
      keptIdentifier: kept.identifier,
    },
    null,
  );
  await recordConflict(context, {
    kind: 'same-guardian-activated-twice',
    guardian: { schoolUai: context.schoolUai, sourceId: kept.guardian_source_id },
    detail: {
      keptIdentifier: kept.identifier,
      retiredIdentifier: change.identifier,
      keptAccountId: kept.account_id,
      retiredAccountId: change.accountId,
    },
  });
};
