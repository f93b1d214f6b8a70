import type { RosterSnapshot } from '../roster-snapshot';
import { hasFatalProblem, type RosterProblem } from '../roster-problem';
import { buildSiecleSnapshot } from './build-siecle-snapshot';
import { readSiecleFile } from './read-siecle-file';
import type { SiecleGuardiansFile, SiecleStudentsFile } from './siecle-file';

/**
 * Reads the students file and the guardians file (in any order) into one snapshot. The snapshot
 * is null when a fatal problem was found; problems always lists everything found.
 */
export async function readSieclePair(
  paths: readonly string[],
): Promise<{ snapshot: RosterSnapshot | null; problems: RosterProblem[] }> {
  const problems: RosterProblem[] = [];
  const studentsFiles: SiecleStudentsFile[] = [];
  const guardiansFiles: SiecleGuardiansFile[] = [];
  for (const path of paths) {
    const reading = await readSiecleFile(path);
    problems.push(...reading.problems);
    if (reading.file?.kind === 'students') studentsFiles.push(reading.file);
    else if (reading.file?.kind === 'guardians') guardiansFiles.push(reading.file);
  }
  if (hasFatalProblem(problems)) return { snapshot: null, problems };

  const pairProblem = (reason: string): RosterProblem => ({
    severity: 'fatal',
    file: null,
    line: null,
    element: null,
    recordId: null,
    reason,
  });
  const names = (files: { fileName: string }[]) => files.map((f) => f.fileName).join(', ');
  if (studentsFiles.length !== 1 || guardiansFiles.length !== 1) {
    if (studentsFiles.length === 0) {
      problems.push(
        pairProblem('no students file (root <BEE_ELEVES>, e.g. ElevesSansAdresses.xml) was given'),
      );
    }
    if (guardiansFiles.length === 0) {
      problems.push(
        pairProblem(
          'no guardians file (root <BEE_RESPONSABLES>, e.g. ResponsablesAvecAdresses.xml) was given',
        ),
      );
    }
    if (studentsFiles.length > 1)
      problems.push(pairProblem(`several students files given: ${names(studentsFiles)}`));
    if (guardiansFiles.length > 1) {
      problems.push(pairProblem(`several guardians files given: ${names(guardiansFiles)}`));
    }
    return { snapshot: null, problems };
  }
  const [studentsFile] = studentsFiles as [SiecleStudentsFile];
  const [guardiansFile] = guardiansFiles as [SiecleGuardiansFile];
  const built = buildSiecleSnapshot(studentsFile, guardiansFile);
  problems.push(...built.problems);
  return { snapshot: hasFatalProblem(problems) ? null : built.snapshot, problems };
}
