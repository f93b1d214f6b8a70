import { basename } from 'node:path';
import { hasFatalProblem, type RosterProblem } from '../roster-problem';
import { isUai } from '../../../shared/roster-rules';
import type { RosterSnapshot } from '../roster-snapshot';
import { createProblemSink } from '../siecle/siecle-problem-sink';
import { buildOndeSnapshot, type OndeSchool } from './build-onde-snapshot';
import { GUARDIAN_COLUMNS, hasOndeColumn, STUDENT_COLUMNS } from './onde-columns';
import type { OndeGuardiansFile, OndeStudentsFile } from './onde-file';
import { readOndeGuardians } from './read-onde-guardians';
import { readOndeStudents } from './read-onde-students';
import { readOndeTable } from './read-onde-table';

/**
 * Reads an ONDE students export and guardians export (in any order, told apart by their
 * header) into one snapshot for `school`: ONDE files do not name their school, so its UAI
 * comes from whoever imports. The snapshot is null when a fatal problem was found; problems
 * always lists everything found.
 */
export async function readOndeRoster(
  paths: readonly string[],
  school: OndeSchool | null,
): Promise<{ snapshot: RosterSnapshot | null; problems: RosterProblem[] }> {
  const problems: RosterProblem[] = [];
  const setProblem = createProblemSink(null, problems);
  if (school === null || !isUai(school.uai)) {
    setProblem(
      'fatal',
      { line: null, element: null },
      school === null
        ? 'ONDE exports do not name their school: give its UAI (e.g. --uai 0751234A)'
        : `"${school.uai}" is not a school id (UAI: 7 digits and a letter, e.g. 0751234A)`,
    );
  }
  const studentsFiles: OndeStudentsFile[] = [];
  const guardiansFiles: OndeGuardiansFile[] = [];
  for (const path of paths) {
    const fileName = basename(path);
    const report = createProblemSink(fileName, problems);
    const reading = await readOndeTable(path);
    if (!reading.ok) {
      report('fatal', { line: reading.line, element: null }, reading.reason);
      continue;
    }
    if (hasOndeColumn(reading.table, STUDENT_COLUMNS.familyName)) {
      studentsFiles.push(readOndeStudents(fileName, reading.table, report));
    } else if (hasOndeColumn(reading.table, GUARDIAN_COLUMNS.familyName)) {
      guardiansFiles.push(readOndeGuardians(fileName, reading.table, report));
    } else {
      report(
        'fatal',
        { line: 1, element: null },
        'not an ONDE export: the first line should be the header of the students export ' +
          '("Nom élève;Prénom élève;…") or of the guardians export ("Civilité Responsable;…;Nom responsable;…")',
      );
    }
  }
  const names = (files: { fileName: string }[]) => files.map((f) => f.fileName).join(', ');
  if (studentsFiles.length > 1)
    setProblem(
      'fatal',
      { line: null, element: null },
      `several students files given: ${names(studentsFiles)}`,
    );
  if (guardiansFiles.length > 1)
    setProblem(
      'fatal',
      { line: null, element: null },
      `several guardians files given: ${names(guardiansFiles)}`,
    );
  if (hasFatalProblem(problems) || school === null) return { snapshot: null, problems };
  const [studentsFile] = studentsFiles;
  const [guardiansFile] = guardiansFiles;
  if (studentsFile === undefined || guardiansFile === undefined) {
    if (studentsFile === undefined) {
      setProblem(
        'fatal',
        { line: null, element: null },
        'no students file (ONDE "liste des élèves", header "Nom élève;Prénom élève;…") was given',
      );
    }
    if (guardiansFile === undefined) {
      setProblem(
        'fatal',
        { line: null, element: null },
        'no guardians file (ONDE "CSVExtraction-responsables", header "Civilité Responsable;…") was given',
      );
    }
    return { snapshot: null, problems };
  }
  const built = buildOndeSnapshot(school, studentsFile, guardiansFile);
  problems.push(...built.problems);
  return { snapshot: hasFatalProblem(problems) ? null : built.snapshot, problems };
}
