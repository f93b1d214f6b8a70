import type { KioskDatabase } from '../database/open-database';
import type { Journal } from '../journal/journal';

export interface MobileReconciliation {
  /** The export still says what it said when the desk recorded the number: still in force. */
  reapplied: number;
  /** The export now carries the desk's number: nothing left to correct. */
  confirmed: number;
  /** The export now carries another, new number: the export wins, the console flags it. */
  superseded: number;
}

interface ActiveCorrection {
  guardianId: number;
  sourceId: string;
  mobile: string;
  exportMobile: string | null;
  exportNow: string | null;
}

/**
 * Run by the roster import right after it wrote a school's guardians, inside its transaction
 * (it lives with the import: main/desk records the corrections, and the roster does not import
 * from the desk above it). guardians.mobile_e164 then holds what the new export says; for each
 * active desk correction of that school:
 * - the export says what it said when the number was recorded (still none, or the same other
 *   number), or now has no number at all: the correction stays in force (re-applied; nothing is written, so importing the same
 *   export twice still changes nothing);
 * - the export now has the desk's number: the correction is marked 'confirmed' (the roster
 *   itself now lets the parent activate);
 * - the export now has a different, new number: the school's files changed since the desk
 *   visit, so the export wins and the correction is marked 'superseded' for the secretariat to
 *   review (and record again if the parent confirms the desk's number).
 * Guardians marked gone are left as they are: the purge removes them with their correction.
 */
export function reconcileMobileCorrections(
  db: KioskDatabase,
  options: { schoolUai: string; now: Date; actor: string; journal: Journal },
): MobileReconciliation {
  // CROSS JOIN: the few corrections drive, each guardian found by id. Left to itself the planner
  // read every guardian of the school to find them, at every import.
  const rows = db
    .prepare(
      `SELECT c.guardian_id AS guardianId, g.source_id AS sourceId, c.mobile_e164 AS mobile,
              c.export_mobile_e164 AS exportMobile, g.mobile_e164 AS exportNow
         FROM guardian_mobile_corrections c CROSS JOIN guardians g ON g.id = c.guardian_id
        WHERE c.status = 'active' AND g.school_uai = ? AND g.gone_at IS NULL
        ORDER BY c.guardian_id`,
    )
    .all(options.schoolUai) as ActiveCorrection[];
  const review = db.prepare(
    `UPDATE guardian_mobile_corrections
        SET status = ?, reviewed_at = ?, superseding_mobile_e164 = ? WHERE guardian_id = ?`,
  );
  const result: MobileReconciliation = { reapplied: 0, confirmed: 0, superseded: 0 };
  const at = options.now.toISOString();
  for (const row of rows) {
    if (row.exportNow === row.exportMobile || row.exportNow === null) {
      result.reapplied += 1;
      continue;
    }
    const status = row.exportNow === row.mobile ? 'confirmed' : 'superseded';
    review.run(status, at, status === 'superseded' ? row.exportNow : null, row.guardianId);
    result[status] += 1;
    options.journal.record({
      at: options.now,
      type: `guardian.mobile-correction-${status}`,
      entityId: `${options.schoolUai}/${row.sourceId}`,
      payload: { schoolUai: options.schoolUai, guardianSourceId: row.sourceId },
      audit: { actor: options.actor, guardianId: row.guardianId },
    });
  }
  return result;
}
