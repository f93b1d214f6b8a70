import type { SyncedChange } from '../../../shared/sync/sync-protocol';
import type { KioskDatabase } from '../../database/open-database';

interface LocalKind {
  /** The journal's event types of that kind (a lock and an unlock are one kind: the state). */
  types: readonly string[];
  /** The journal's entity_id for that entity, as the local change writes it. */
  entityId: string;
}

/**
 * The local events a pulled change competes with, written as the local code journals them:
 * password-replacer.ts (account id), guardian-secret-failures.ts and guardian-unlock.ts
 * ("uai:sourceId"), mobile-corrections.ts ("uai/sourceId"), wrong-link-reports.ts (report id),
 * apply-roster-import.ts (the school's UAI). Other changes (a new account, a report, the hub's
 * decisions) cannot compete with a local event: null.
 */
function localKindOf(change: SyncedChange): LocalKind | null {
  switch (change.type) {
    case 'account.password-changed':
      return { types: ['account.password-changed'], entityId: change.accountId };
    case 'guardian.locked':
    case 'guardian.unlocked':
      return {
        types: ['guardian.locked', 'guardian.unlocked'],
        entityId: `${change.guardian.schoolUai}:${change.guardian.sourceId}`,
      };
    case 'guardian.mobile-corrected':
      return {
        types: ['guardian.mobile-corrected'],
        entityId: `${change.guardian.schoolUai}/${change.guardian.sourceId}`,
      };
    case 'wrong-link.handled':
      return { types: ['wrong-link.handled'], entityId: change.reportId };
    case 'roster.imported':
      return { types: ['roster.imported'], entityId: change.snapshot.school.uai };
    default:
      return null;
  }
}

/**
 * True when this kiosk has a local event of the same kind about the same entity that the hub
 * has not acknowledged yet (events.seq > hub_link.pushed_through_seq): the hub will order that
 * event after the pulled change and it will win everywhere, so applying the pulled change here
 * would only undo the local one until the next pull.
 */
export function createUnpushedEventCheck(db: KioskDatabase) {
  const pushedThrough =
    (db.prepare('SELECT pushed_through_seq FROM hub_link WHERE id = 1').pluck().get() as
      number | undefined) ?? 0;
  const unpushed = db
    .prepare(
      `SELECT 1 FROM events
        WHERE seq > ? AND entity_id = ? AND type IN (SELECT value FROM json_each(?)) LIMIT 1`,
    )
    .pluck();
  return function hasUnpushedLocalEvent(change: SyncedChange): boolean {
    const kind = localKindOf(change);
    if (kind === null) return false;
    return unpushed.get(pushedThrough, kind.entityId, JSON.stringify(kind.types)) !== undefined;
  };
}
