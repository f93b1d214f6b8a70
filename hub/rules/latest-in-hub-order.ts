import type { PushContext } from '../sync/push-context';
import type { SyncedChange, SyncedChangeType } from '../../shared/sync/sync-protocol';

/** One entity's changes of one kind: the later in hub order is the state (sync.md, "Conflicts"). */
export interface ChangeKind {
  /** `changes.entity_key` of the entity (an account id, `uai:sourceId` of a guardian). */
  readonly entityKey: string;
  /** Types that set the same state: a lock and an unlock replace each other. */
  readonly types: readonly SyncedChangeType[];
}

export interface ConcurrentChange {
  readonly version: number;
  readonly originKioskId: string;
  readonly change: SyncedChange;
}

/**
 * The entity's latest change of this kind from another kiosk, when the pushed event had not seen
 * it (`seenVersion` below its version): the two were made apart, and the one being recorded wins
 * only because it reached the hub later. Clocks play no part (sync.md, "Ordering").
 */
export async function findConcurrentChange(
  context: PushContext,
  kind: ChangeKind,
): Promise<ConcurrentChange | null> {
  // Superseded rows count: what matters is what the other kiosk did, not what pull still serves.
  const { rows } = await context.db.query<{
    version: string;
    origin_kiosk_id: string;
    payload: SyncedChange;
  }>(
    `SELECT version, origin_kiosk_id, payload FROM changes
      WHERE school_uai = $1 AND entity_key = $2 AND type = ANY($3::text[])
        AND origin_kiosk_id IS NOT NULL AND origin_kiosk_id <> $4::uuid
      ORDER BY version DESC LIMIT 1`,
    [context.schoolUai, kind.entityKey, kind.types, context.kioskId],
  );
  const latest = rows[0];
  if (!latest || Number(latest.version) <= context.event.seenVersion) return null;
  return {
    version: Number(latest.version),
    originKioskId: latest.origin_kiosk_id,
    change: latest.payload,
  };
}

/**
 * Records the pushed change and retires the entity's earlier changes of the same kind from pull,
 * so a kiosk that pulls later receives only the state that won. Returns the new version.
 */
/** Earlier changes of the entity still served; found through the index of live changes only. */
export const SUPERSEDE_EARLIER_SQL = `UPDATE changes SET superseded = true
  WHERE school_uai = $1 AND entity_key = $2 AND type = ANY($3::text[])
    AND version < $4 AND NOT superseded`;

export async function recordLatest(context: PushContext, kind: ChangeKind): Promise<number> {
  const version = await context.recordChange(context.event.change, context.kioskId);
  await context.db.query(SUPERSEDE_EARLIER_SQL, [
    context.schoolUai,
    kind.entityKey,
    kind.types,
    version,
  ]);
  return version;
}
