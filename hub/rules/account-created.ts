// Applies a run of pushed `account.created` events set-based: two reads of what the hub holds for
// the run's guardians and identifiers, the decisions in memory (plan-accounts-created.ts), then one
// statement per table written. One event at a time, six round trips each, a push of 500
// activations took most of a second of CPU between the hub and PostgreSQL.
import type { PushedRunHandler, PushRunContext } from '../sync/push-context';
import type { PushedEvent } from '../../shared/sync/sync-protocol';
import type { IdentifierHolder } from './claim-identifier';
import {
  planAccountsCreated,
  type AccountCreated,
  type AccountsCreatedPlan,
  type AccountsCreatedState,
  type KeptAccount,
} from './plan-accounts-created';

function accountsOf(events: readonly PushedEvent[]): AccountCreated[] {
  return events.map(({ change }) => {
    if (change.type !== 'account.created') {
      throw new Error(`Account handler was given a ${change.type} change`);
    }
    return change;
  });
}

async function readState(
  context: PushRunContext,
  accounts: readonly AccountCreated[],
): Promise<AccountsCreatedState> {
  const guardianIds = [...new Set(accounts.flatMap((a) => a.guardians.map((g) => g.sourceId)))];
  const identifiers = [...new Set(accounts.map((a) => a.identifier))];
  const kept = await context.db.query<{
    guardian_source_id: string;
    account_id: string;
    identifier: string;
    version: string;
  }>({
    name: 'hub-kept-accounts',
    text: `SELECT guardian_source_id, account_id, identifier, version FROM guardian_accounts
            WHERE school_uai = $1 AND guardian_source_id = ANY($2::text[])`,
    values: [context.schoolUai, guardianIds],
  });
  // Locked in one order, so two pushes never wait on each other's rows crosswise.
  const holders = await context.db.query<{
    identifier: string;
    school_uai: string;
    guardian_source_id: string | null;
    account_id: string | null;
  }>({
    name: 'hub-identifier-holders',
    text: `SELECT identifier, school_uai, guardian_source_id, account_id FROM identifiers
            WHERE identifier = ANY($1::text[]) ORDER BY identifier FOR UPDATE`,
    values: [identifiers],
  });
  return {
    keptByGuardian: new Map(
      kept.rows.map((row): [string, KeptAccount] => [
        row.guardian_source_id,
        {
          accountId: row.account_id,
          identifier: row.identifier,
          guardianSourceId: row.guardian_source_id,
          order: Number(row.version),
        },
      ]),
    ),
    identifierHolders: new Map(
      holders.rows.map((row): [string, IdentifierHolder] => [
        row.identifier,
        {
          schoolUai: row.school_uai,
          guardianSourceId: row.guardian_source_id,
          accountId: row.account_id,
        },
      ]),
    ),
  };
}

async function writePlan(context: PushRunContext, plan: AccountsCreatedPlan): Promise<void> {
  const versions = await context.recordChanges(plan.changes);
  const created = plan.identifierClaims.flatMap((c) => (c.kind === 'new' ? [c] : []));
  const taken = plan.identifierClaims.flatMap((c) => (c.kind === 'reservation-taken' ? [c] : []));
  // Identifiers first: guardian_accounts refers to them.
  if (created.length > 0) {
    await context.db.query({
      name: 'hub-identifiers-created',
      text: `INSERT INTO identifiers (identifier, school_uai, guardian_source_id, account_id, origin)
             SELECT identifier, $1, guardian_source_id, account_id, 'kiosk'
               FROM unnest($2::text[], $3::text[], $4::uuid[])
                    AS created(identifier, guardian_source_id, account_id)`,
      values: [
        context.schoolUai,
        created.map((c) => c.identifier),
        created.map((c) => c.holder.guardianSourceId),
        created.map((c) => c.holder.accountId),
      ],
    });
  }
  if (taken.length > 0) {
    await context.db.query({
      name: 'hub-reservations-taken',
      text: `UPDATE identifiers AS held
                SET account_id = taken.account_id,
                    guardian_source_id = COALESCE(held.guardian_source_id, taken.guardian_source_id)
               FROM unnest($1::text[], $2::uuid[], $3::text[])
                    AS taken(identifier, account_id, guardian_source_id)
              WHERE held.identifier = taken.identifier`,
      values: [
        taken.map((c) => c.identifier),
        taken.map((c) => c.accountId),
        taken.map((c) => c.guardianSourceId),
      ],
    });
  }
  if (plan.guardiansKept.length > 0) {
    await context.db.query({
      name: 'hub-guardians-kept',
      text: `INSERT INTO guardian_accounts
               (school_uai, guardian_source_id, account_id, identifier, version)
             SELECT $1, guardian_source_id, account_id, identifier, version
               FROM unnest($2::text[], $3::uuid[], $4::text[], $5::bigint[])
                    AS kept(guardian_source_id, account_id, identifier, version)
             ON CONFLICT (school_uai, guardian_source_id) DO NOTHING`,
      values: [
        context.schoolUai,
        plan.guardiansKept.map((k) => k.guardianSourceId),
        plan.guardiansKept.map((k) => k.accountId),
        plan.guardiansKept.map((k) => k.identifier),
        plan.guardiansKept.map((k) => versions[k.changeIndex]),
      ],
    });
  }
}

/**
 * Accounts activated at a kiosk (the rules: plan-accounts-created.ts). Any claim that cannot be
 * made throws before anything is written, and the push's transaction rolls back either way.
 */
export const applyAccountsCreated: PushedRunHandler = async (context, events) => {
  const accounts = accountsOf(events);
  const state = await readState(context, accounts);
  const plan = planAccountsCreated(
    { id: context.kioskId, schoolUai: context.schoolUai, number: context.kioskNumber },
    accounts,
    state,
  );
  await writePlan(context, plan);
};
