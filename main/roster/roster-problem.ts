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
  /**
   * Who the problem is about, as the export names them ("DUPONT Marie"), for the secretary to
   * find the person: shown by the console's preview and printed by the CLI, never logged.
   */
  subject?: string;
  /** English, for the report. */
  reason: string;
}

export const hasFatalProblem = (problems: readonly RosterProblem[]): boolean =>
  problems.some((p) => p.severity === 'fatal');

/** "DUPONT Marie" from what the export gave (either may be empty); undefined when neither. */
export function rosterSubject(familyName: string, firstName: string): string | undefined {
  const subject = `${familyName.trim()} ${firstName.trim()}`.trim();
  return subject === '' ? undefined : subject;
}

/** "ElevesSansAdresses.xml:131 <STRUCTURES_ELEVE> ELEVE_ID=1559191: fatal: reason" */
export function formatRosterProblem(problem: RosterProblem): string {
  return formatWith(problem, null);
}

/**
 * For the CLI's report (not error messages, which may be logged): the person's name follows
 * the id, "… <PERSONNE> PERSONNE_ID=5200005 (DUPONT Marie): warning: reason".
 */
export function formatRosterProblemWithSubject(problem: RosterProblem): string {
  return formatWith(problem, problem.subject === undefined ? null : `(${problem.subject})`);
}

function formatWith(problem: RosterProblem, subject: string | null): string {
  const place = [
    problem.file === null
      ? null
      : problem.line === null
        ? problem.file
        : `${problem.file}:${problem.line}`,
    problem.element === null ? null : `<${problem.element}>`,
    problem.recordId,
    subject,
  ]
    .filter((part): part is string => part !== null)
    .join(' ');
  return `${place === '' ? '' : `${place}: `}${problem.severity}: ${problem.reason}`;
}
