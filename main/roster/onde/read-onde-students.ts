import { checkStudentIdentity } from '../check-student-identity';
import { rosterSubject } from '../roster-problem';
import type { ProblemSink } from '../siecle/siecle-problem-sink';
import type { OndeStudentRecord, OndeStudentsFile } from './onde-file';
import { columnReader, fieldAt, STUDENT_COLUMNS } from './onde-columns';
import { reportUnknownOndeHeaders } from './report-unknown-onde-headers';
import { ondeStudentSourceId } from './onde-source-ids';
import { parseOndeDate } from './parse-onde-date';
import type { OndeTable } from './read-onde-table';
import { foldOndeHeader } from './fold-onde-header';

/**
 * Whether a pupil in this "Etat" is enrolled. ONDE lists pupils "admis" (définitif or
 * provisoire: in the school) and "inscrit" (registered by the town hall, expected at the
 * school — typically the new petite section before the rentrée, whose parents should be able
 * to activate), and keeps pupils "radié" (struck off: they left). A radié pupil is imported
 * as not enrolled, as SIECLE's DATE_SORTIE is: their guardians cannot activate through them.
 * null for a state this importer does not know.
 */
function enrolledInState(state: string): boolean | null {
  const folded = foldOndeHeader(state);
  if (folded === '' || folded.startsWith('admis') || folded.startsWith('inscrit')) return true;
  if (folded.startsWith('radie')) return false;
  return null;
}

const ONDE_STUDENT_FIELDS = {
  familyName: '"Nom élève"',
  firstName: '"Prénom élève"',
  birthDate: '"Date naissance"',
  dateFormats: 'dd/mm/yyyy or yyyy-mm-dd',
};

/** Reads the students export ("liste des élèves"): one pupil per row. */
export function readOndeStudents(
  fileName: string,
  table: OndeTable,
  report: ProblemSink,
): OndeStudentsFile {
  const columns = columnReader(table);
  const at = {
    familyName: columns.first(STUDENT_COLUMNS.familyName),
    firstName: columns.first(STUDENT_COLUMNS.firstName),
    usageName: columns.first(STUDENT_COLUMNS.usageName),
    birthDate: columns.first(STUDENT_COLUMNS.birthDate),
    className: columns.first(STUDENT_COLUMNS.className),
    state: columns.first(STUDENT_COLUMNS.state),
  };
  const missing = [
    [at.familyName, 'Nom élève'],
    [at.firstName, 'Prénom élève'],
    [at.birthDate, 'Date naissance'],
    [at.className, 'Classe'],
  ].flatMap(([position, name]) => (position === null ? [`"${name as string}"`] : []));
  if (missing.length > 0) {
    report(
      'fatal',
      { line: 1, element: null },
      `the students export has no column ${missing.join(', ')}: export the "liste des élèves" again from ONDE`,
    );
    return { kind: 'students', fileName, students: [] };
  }
  reportUnknownOndeHeaders(table, 'students', report);

  if (table.rows.length === 0) {
    // Imported, it would empty the school (and end demo mode) for nothing: a failed export.
    report(
      'fatal',
      { line: null, element: null },
      'the students export lists no pupil: export it again from ONDE',
    );
    return { kind: 'students', fileName, students: [] };
  }
  const students: OndeStudentRecord[] = [];
  const lineById = new Map<string, number>();
  for (const { line, fields } of table.rows) {
    const familyName = fieldAt(fields, at.familyName);
    const firstName = fieldAt(fields, at.firstName);
    const place = { line, element: null, subject: rosterSubject(familyName, firstName) };
    const birthDate = checkStudentIdentity(
      { familyName, firstName, rawBirthDate: fieldAt(fields, at.birthDate) },
      ONDE_STUDENT_FIELDS,
      parseOndeDate,
      (reason) => report('fatal', place, reason),
    );
    if (birthDate === null) continue;
    const sourceId = ondeStudentSourceId(familyName, firstName, birthDate);
    const earlier = lineById.get(sourceId);
    if (earlier !== undefined) {
      report(
        'fatal',
        place,
        `the same pupil (names and birth date) is already on line ${earlier}: remove the duplicate row`,
      );
      continue;
    }
    lineById.set(sourceId, line);
    const state = fieldAt(fields, at.state);
    let enrolled = enrolledInState(state);
    if (enrolled === null) {
      report(
        'warning',
        place,
        `unknown "Etat" value "${state}" (expected admis, inscrit or radié); imported as enrolled`,
      );
      enrolled = true;
    }
    students.push({
      line,
      sourceId,
      familyName,
      usageName: fieldAt(fields, at.usageName) || null,
      firstName,
      birthDate,
      className: fieldAt(fields, at.className) || null,
      enrolled,
    });
  }
  return { kind: 'students', fileName, students };
}
