import { fail, ok, type Result } from '../../../shared/result';
import type { SyncConflictView } from '../../../shared/sync/sync-status-view';
import type { KioskDatabase } from '../../database/open-database';
import { createJournal } from '../../journal/journal';

interface ConflictRow {
  id: string;
  kind: SyncConflictView['kind'];
  recorded_at: string;
  detail: string;
  guardian_id: number | null;
  display_name: string | null;
}

/**
 * The conflicts the hub recorded and no secretary has acknowledged yet, oldest first, each with
 * the guardian as the console names them (wrong-link-reports.ts) when this kiosk holds them.
 */
export function listOpenConflicts(db: KioskDatabase): SyncConflictView[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.kind, c.recorded_at, c.detail, g.id AS guardian_id,
              trim(coalesce(g.usage_name, g.family_name) || ' ' || g.first_name) AS display_name
         FROM sync_conflicts c
         LEFT JOIN guardians g
           ON g.school_uai = c.guardian_school_uai AND g.source_id = c.guardian_source_id
        WHERE c.acknowledged_at IS NULL
        ORDER BY c.recorded_at, c.id`,
    )
    .all() as ConflictRow[];
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    recordedAt: row.recorded_at,
    guardian:
      row.guardian_id === null || row.display_name === null
        ? null
        : { id: row.guardian_id, displayName: row.display_name },
    detail: JSON.parse(row.detail) as SyncConflictView['detail'],
  }));
}

/**
 * A secretary has looked at a conflict: it leaves the console's list and the audit log says who
 * and when. Acknowledging it again changes nothing.
 */
export function acknowledgeConflict(
  db: KioskDatabase,
  conflictId: string,
  staffActor: string,
  at: Date,
): Result<void> {
  return db.transaction((): Result<void> => {
    const conflict = db
      .prepare('SELECT kind, acknowledged_at FROM sync_conflicts WHERE id = ?')
      .get(conflictId) as { kind: string; acknowledged_at: string | null } | undefined;
    if (!conflict) return fail('CONFLICT_NOT_FOUND', 'No such sync conflict');
    if (conflict.acknowledged_at !== null) return ok(undefined);
    db.prepare(
      'UPDATE sync_conflicts SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ?',
    ).run(at.toISOString(), staffActor, conflictId);
    const guardianId = db
      .prepare(
        `SELECT g.id FROM sync_conflicts c JOIN guardians g
            ON g.school_uai = c.guardian_school_uai AND g.source_id = c.guardian_source_id
          WHERE c.id = ?`,
      )
      .pluck()
      .get(conflictId) as number | undefined;
    createJournal(db).audit(at, staffActor, 'conflict.acknowledged', guardianId ?? null, {
      conflictId,
      kind: conflict.kind,
    });
    return ok(undefined);
  })();
}
