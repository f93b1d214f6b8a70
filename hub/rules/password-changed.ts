import type { PushContext, PushedEventHandler } from '../sync/push-context';
import type { RosterRef, SyncedChange } from '../../shared/sync/sync-protocol';
import { findConcurrentChange, recordLatest } from './latest-in-hub-order';
import { pushedChange } from './pushed-change';
import { recordConflict } from './record-conflict';

/** The account as the hub first recorded it: whose it is and the identifier the parent knows. */
async function accountCreated(
  context: PushContext,
  accountId: string,
): Promise<Extract<SyncedChange, { type: 'account.created' }> | null> {
  const { rows } = await context.db.query<{ payload: SyncedChange }>(
    `SELECT payload FROM changes
      WHERE school_uai = $1 AND entity_key = $2 AND type = 'account.created'
      ORDER BY version LIMIT 1`,
    [context.schoolUai, accountId],
  );
  const payload = rows[0]?.payload;
  return payload?.type === 'account.created' ? payload : null;
}

/**
 * A password changed at two kiosks: the later in hub order wins (and, on each kiosk, ends the
 * account's sessions). When neither kiosk had seen the other's change, the secretariat is told
 * which account, never anything of either password.
 */
export const applyPasswordChanged: PushedEventHandler = async (context) => {
  const change = pushedChange(context, 'account.password-changed');
  const kind = { entityKey: change.accountId, types: ['account.password-changed'] as const };
  const concurrent = await findConcurrentChange(context, kind);
  await recordLatest(context, kind);
  if (!concurrent) return;
  const account = await accountCreated(context, change.accountId);
  const guardian: RosterRef | null = account?.guardians[0] ?? null;
  await recordConflict(context, {
    kind: 'concurrent-password',
    guardian,
    detail: {
      accountId: change.accountId,
      identifier: account?.identifier ?? null,
      keptKioskId: context.kioskId,
      lostKioskId: concurrent.originKioskId,
    },
  });
};
