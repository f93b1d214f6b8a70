import type { ChangeAppliers, SyncApplyContext } from './sync-apply-context';
import { PulledChangeRefusedError } from './pulled-change-refused';

/**
 * The hub's own decisions: an identifier reserved for a legal guardian (activation gives it,
 * identifier-allocator.ts) and a conflict for the secretariat (sync-conflicts.ts).
 */
export function createHubDecisionAppliers(
  context: SyncApplyContext,
): Pick<ChangeAppliers, 'identifier.reserved' | 'conflict.recorded'> {
  const { db } = context;
  const reservationOf = db.prepare(
    `SELECT identifier FROM identifier_reservations
      WHERE school_uai = ? AND guardian_source_id = ?`,
  );
  const holderOf = db.prepare(
    'SELECT school_uai, guardian_source_id FROM identifier_reservations WHERE identifier = ?',
  );
  const reserve = db.prepare(
    `INSERT INTO identifier_reservations (school_uai, guardian_source_id, identifier, reserved_at)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (school_uai, guardian_source_id) DO UPDATE SET
       identifier = excluded.identifier, reserved_at = excluded.reserved_at`,
  );
  const insertConflict = db.prepare(
    `INSERT INTO sync_conflicts (id, kind, guardian_school_uai, guardian_source_id, detail,
                                 recorded_at)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );

  return {
    'identifier.reserved'(change) {
      const { schoolUai, sourceId } = change.guardian;
      const current = reservationOf.pluck().get(schoolUai, sourceId) as string | undefined;
      if (current === change.identifier) return 'unchanged';
      const holder = holderOf.get(change.identifier) as
        { school_uai: string; guardian_source_id: string } | undefined;
      // The hub's identifiers table makes this impossible; if it ever happened, applying it
      // would give one identifier to two parents.
      if (holder) {
        throw new PulledChangeRefusedError(
          `identifier ${change.identifier} is already reserved for another guardian`,
        );
      }
      reserve.run(schoolUai, sourceId, change.identifier, context.at.toISOString());
      context.audit('identifier.reserved', context.guardianIdOf(change.guardian) ?? null, {
        identifier: change.identifier,
      });
      return 'applied';
    },

    'conflict.recorded'(change) {
      const inserted = insertConflict.run(
        change.conflictId,
        change.kind,
        change.guardian?.schoolUai ?? null,
        change.guardian?.sourceId ?? null,
        JSON.stringify(change.detail),
        context.at.toISOString(),
      );
      if (inserted.changes === 0) return 'unchanged';
      const guardianId = change.guardian ? (context.guardianIdOf(change.guardian) ?? null) : null;
      context.audit('conflict.recorded', guardianId, {
        conflictId: change.conflictId,
        kind: change.kind,
        ...change.detail,
      });
      return 'applied';
    },
  };
}
