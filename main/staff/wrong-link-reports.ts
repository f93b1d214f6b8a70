import type { WrongLinkReportView } from '../../shared/console-views';
import { fail, ok, type Result } from '../../shared/result';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import type { Journal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import { staffActor, type StaffIdentity } from './require-staff';

const COMMENT_MAX = 500;
const LIST_LIMIT = 500;

const REPORT_COLUMNS = `
  r.id AS reportId, r.created_at AS createdAt, r.guardian_id AS guardianId,
  trim(coalesce(g.usage_name, g.family_name) || ' ' || g.first_name) AS guardianName,
  trim(coalesce(s.usage_name, s.family_name) || ' ' || s.first_name) AS studentName,
  s.class_name AS className, r.handled_at AS handledAt,
  coalesce(st.display_name, r.handled_by) AS handledBy, r.comment
  FROM wrong_link_reports r
  JOIN guardians g ON g.id = r.guardian_id
  JOIN students s ON s.id = r.student_id
  LEFT JOIN staff_accounts st ON st.id = r.handled_by`;

/**
 * The "non" answers of Étape 4 ("Signaler un rattachement erroné"): the console lists them,
 * oldest open first, and a staff member marks one handled with a comment (audited, once).
 */
export function createWrongLinkReports(db: KioskDatabase, journal: Journal, clock: Clock) {
  const open = db.prepare(
    `SELECT ${REPORT_COLUMNS} WHERE r.handled_at IS NULL ORDER BY r.created_at, r.id LIMIT ${LIST_LIMIT}`,
  );
  const all = db.prepare(
    `SELECT ${REPORT_COLUMNS}
      ORDER BY r.handled_at IS NOT NULL, r.created_at DESC, r.id LIMIT ${LIST_LIMIT}`,
  );
  const one = db.prepare(`SELECT ${REPORT_COLUMNS} WHERE r.id = ?`);
  const markHandled = db.prepare(
    `UPDATE wrong_link_reports SET handled_at = ?, handled_by = ?, comment = ?
      WHERE id = ? AND handled_at IS NULL`,
  );

  return {
    list(includeHandled: boolean): WrongLinkReportView[] {
      return (includeHandled ? all : open).all() as WrongLinkReportView[];
    },
    handle(
      staff: StaffIdentity,
      reportId: string,
      typedComment: string,
    ): Result<WrongLinkReportView> {
      const comment = typedComment.normalize('NFKC').trim();
      if (comment === '' || [...comment].length > COMMENT_MAX) {
        return fail('COMMENT_REQUIRED', 'A comment of 1 to 500 characters is required');
      }
      return inTransaction(db, () => {
        const report = one.get(reportId) as WrongLinkReportView | undefined;
        if (!report) return fail('REPORT_NOT_FOUND', 'No such wrong-link report');
        if (report.handledAt) return fail('REPORT_ALREADY_HANDLED', 'Already handled');
        const now = clock.now();
        markHandled.run(now.toISOString(), staff.staffId, comment, reportId);
        journal.record({
          at: now,
          type: 'wrong-link.handled',
          entityId: reportId,
          // The comment stays on this kiosk: it may name people, so it is not synced.
          payload: { reportId, handledAt: now.toISOString() },
          audit: { actor: staffActor(staff), guardianId: report.guardianId, details: { reportId } },
        });
        return ok(one.get(reportId) as WrongLinkReportView);
      });
    },
  };
}
