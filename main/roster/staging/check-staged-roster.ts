import type { KioskDatabase } from '../../database/open-database';
import { rosterSubject, type RosterProblem } from '../roster-problem';

// Enough for a secretary to see the pattern in any report; the rest are counted in one line.
export const MAX_PROBLEMS_PER_CHECK = 1000;

interface LinkProblemRow {
  guardian_source_id: string;
  student_source_id: string;
  file: string | null;
  line: number | null;
  has_student: number;
  /** The one of the two the files do have, by name. */
  known_family_name: string | null;
  known_first_name: string | null;
}

interface GuardianProblemRow {
  source_id: string;
  family_name: string;
  first_name: string;
  mobile_problem: string | null;
  file: string | null;
  line: number | null;
}

/** The problem's `subject`, when the files name the person or student. */
function subjectOf(familyName: string | null, firstName: string | null) {
  const subject = rosterSubject(familyName ?? '', firstName ?? '');
  return subject === undefined ? {} : { subject };
}

export interface CheckStagedRosterOptions {
  /**
   * false when the reader already reported, with its own file, line and wording, each legal
   * guardian of an enrolled student who has no usable mobile (ONDE): not reported twice.
   */
  reportGuardiansWithoutMobile?: boolean;
}

/**
 * The checks that need the whole roster, run in SQL once every file is staged: links to a
 * student or person absent from the files are reported and dropped from the staging; a legal
 * guardian of an enrolled student without a usable mobile is reported (they cannot activate).
 */
export function checkStagedRoster(
  db: KioskDatabase,
  { reportGuardiansWithoutMobile = true }: CheckStagedRosterOptions = {},
): RosterProblem[] {
  const problems: RosterProblem[] = [];
  const counted = (total: number, what: string) => {
    if (total > MAX_PROBLEMS_PER_CHECK) {
      problems.push({
        severity: 'warning',
        file: null,
        line: null,
        element: null,
        recordId: null,
        reason: `… and ${total - MAX_PROBLEMS_PER_CHECK} more ${what}`,
      });
    }
  };

  const orphanLinks = `FROM stage_links l LEFT JOIN stage_files f ON f.id = l.file_id
    LEFT JOIN stage_students s ON s.source_id = l.student_source_id
    LEFT JOIN stage_guardians g ON g.source_id = l.guardian_source_id
    WHERE s.source_id IS NULL OR g.source_id IS NULL`;
  const orphans = db
    .prepare(
      `SELECT l.guardian_source_id, l.student_source_id, f.name AS file, l.line,
              s.source_id IS NOT NULL AS has_student,
              coalesce(s.family_name, g.family_name) AS known_family_name,
              coalesce(s.first_name, g.first_name) AS known_first_name
       ${orphanLinks} ORDER BY l.file_id, l.line LIMIT ${MAX_PROBLEMS_PER_CHECK}`,
    )
    .all() as LinkProblemRow[];
  for (const link of orphans) {
    problems.push({
      severity: 'warning',
      file: link.file,
      line: link.line,
      element: 'RESPONSABLE_ELEVE',
      recordId: `ELEVE_ID=${link.student_source_id} PERSONNE_ID=${link.guardian_source_id}`,
      ...subjectOf(link.known_family_name, link.known_first_name),
      reason:
        link.has_student === 1
          ? 'link to a person who is not in the guardians file; skipped'
          : 'link to a student who is not in the students file; skipped',
    });
  }
  if (orphans.length === MAX_PROBLEMS_PER_CHECK) {
    counted(
      (db.prepare(`SELECT count(*) AS n ${orphanLinks}`).get() as { n: number }).n,
      'links to a student or person absent from the files',
    );
  }
  // The SELECT above went through every link: a second pass only when it found any to drop.
  if (orphans.length > 0) {
    db.prepare(
      `DELETE FROM stage_links
        WHERE NOT EXISTS (SELECT 1 FROM stage_students s WHERE s.source_id = student_source_id)
           OR NOT EXISTS (SELECT 1 FROM stage_guardians g WHERE g.source_id = guardian_source_id)`,
    ).run();
  }
  if (!reportGuardiansWithoutMobile) return problems;

  const unreachable = `FROM stage_guardians g LEFT JOIN stage_files f ON f.id = g.file_id
    WHERE g.mobile_e164 IS NULL
      AND EXISTS (SELECT 1 FROM stage_links l JOIN stage_students s ON s.source_id = l.student_source_id
                   WHERE l.guardian_source_id = g.source_id AND l.legal_level = 1 AND s.enrolled = 1)`;
  const guardians = db
    .prepare(
      `SELECT g.source_id, g.family_name, g.first_name, g.mobile_problem, f.name AS file, g.line
       ${unreachable} ORDER BY g.file_id, g.line LIMIT ${MAX_PROBLEMS_PER_CHECK}`,
    )
    .all() as GuardianProblemRow[];
  for (const guardian of guardians) {
    problems.push({
      severity: 'warning',
      file: guardian.file,
      line: guardian.line,
      element: 'PERSONNE',
      recordId: `PERSONNE_ID=${guardian.source_id}`,
      ...subjectOf(guardian.family_name, guardian.first_name),
      reason: `${guardian.mobile_problem ?? 'no mobile number'}: this legal guardian cannot activate by SMS`,
    });
  }
  if (guardians.length === MAX_PROBLEMS_PER_CHECK) {
    counted(
      (db.prepare(`SELECT count(*) AS n ${unreachable}`).get() as { n: number }).n,
      'legal guardians who cannot activate by SMS',
    );
  }
  return problems;
}
