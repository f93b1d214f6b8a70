import type { ChangeAppliers, SyncApplyContext } from './sync-apply-context';

/** The flow column of a report made at another kiosk: its flow is not on this one. */
const PULLED_FLOW_ID = 'sync';

/**
 * "Non, je ne suis pas son représentant légal" said at another kiosk, and a report handled at
 * another console: the same wrong_link_reports rows the console lists (wrong-link-reports.ts).
 * The comment stays on the kiosk where it was written (it may name people: not synced).
 */
export function createWrongLinkAppliers(
  context: SyncApplyContext,
): Pick<ChangeAppliers, 'wrong-link.reported' | 'wrong-link.handled'> {
  const { db } = context;
  const studentIdOf = db.prepare('SELECT id FROM students WHERE school_uai = ? AND source_id = ?');
  const insertReport = db.prepare(
    `INSERT INTO wrong_link_reports (id, created_at, flow_id, guardian_id, student_id)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const markHandled = db.prepare(
    `UPDATE wrong_link_reports SET handled_at = ?, handled_by = ?
      WHERE id = ? AND handled_at IS NULL RETURNING guardian_id`,
  );

  return {
    'wrong-link.reported'(change) {
      const guardianId = context.guardianIdOf(change.guardian);
      const studentId = studentIdOf
        .pluck()
        .get(change.student.schoolUai, change.student.sourceId) as number | undefined;
      // People this kiosk no longer holds (purged): nothing to show the secretariat here.
      if (guardianId === undefined || studentId === undefined) return 'unchanged';
      const at = context.at.toISOString();
      const inserted = insertReport.run(change.reportId, at, PULLED_FLOW_ID, guardianId, studentId);
      if (inserted.changes === 0) return 'unchanged';
      context.audit('wrong-link.reported', guardianId, { reportId: change.reportId });
      return 'applied';
    },

    'wrong-link.handled'(change) {
      const row = markHandled.get(context.at.toISOString(), 'sync', change.reportId) as
        { guardian_id: number } | undefined;
      if (!row) return 'unchanged';
      context.audit('wrong-link.handled', row.guardian_id, { reportId: change.reportId });
      return 'applied';
    },
  };
}
