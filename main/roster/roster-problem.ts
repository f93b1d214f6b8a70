// A problem found while reading a roster export, with enough place for a secretary to find it.

export type RosterProblemSeverity = 'fatal' | 'warning';

export interface RosterProblem {
  /** fatal: the import is refused and nothing is written. warning: imported, reported. */
  severity: RosterProblemSeverity;
  /** File name as given (base name), or null for a problem about the set of files. */
  file: string | null;
  line: number | null;
  element: string | null;
  /** The record's id in the export, e.g. "ELEVE_ID=1826500" (never a name or a phone). */
  recordId: string | null;
  /** English, for the report. */
  reason: string;
}

export const hasFatalProblem = (problems: readonly RosterProblem[]): boolean =>
  problems.some((p) => p.severity === 'fatal');

/** "ElevesSansAdresses.xml:131 <STRUCTURES_ELEVE> ELEVE_ID=1559191: fatal: reason" */
export function formatRosterProblem(problem: RosterProblem): string {
  const place = [
    problem.file === null
      ? null
      : problem.line === null
        ? problem.file
        : `${problem.file}:${problem.line}`,
    problem.element === null ? null : `<${problem.element}>`,
    problem.recordId,
  ]
    .filter((part): part is string => part !== null)
    .join(' ');
  return `${place === '' ? '' : `${place}: `}${problem.severity}: ${problem.reason}`;
}
