// Schema version 10. Never edit a released migration: add the next numbered file instead.
import type { Migration } from '../migration';

/**
 * Indexes so that a roster re-import (every week or so) costs what the export holds, not what
 * the database already holds:
 * - a school's rows gone from the roster, kept apart by partial indexes (empty until people
 *   leave, so a first import does not pay for them): the apply counts a school's present rows
 *   on indexes only, and the purge finds the rows gone before the grace period without reading
 *   every row;
 * - deleting a purged student or guardian cascades to the tables that refer to it, and a purged
 *   account is checked against the flows that named it: without an index each deleted row read
 *   the whole of account_students, wrong_link_reports or flows.
 */
export const migration010RosterReimportIndexes: Migration = {
  version: 10,
  name: 'roster re-import and purge indexes',
  sql: `
    CREATE INDEX students_gone_by_school ON students (school_uai, gone_at)
      WHERE gone_at IS NOT NULL;
    CREATE INDEX guardians_gone_by_school ON guardians (school_uai, gone_at)
      WHERE gone_at IS NOT NULL;
    CREATE INDEX account_students_by_student ON account_students (student_id);
    CREATE INDEX wrong_link_reports_by_guardian ON wrong_link_reports (guardian_id);
    CREATE INDEX wrong_link_reports_by_student ON wrong_link_reports (student_id);
    CREATE INDEX flows_by_account ON flows (account_id);
  `,
};
