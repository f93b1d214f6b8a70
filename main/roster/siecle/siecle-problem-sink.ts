import type { RosterProblem, RosterProblemSeverity } from '../roster-problem';

/** Collects problems for one file, filling in the file name. */
export function createProblemSink(fileName: string | null, problems: RosterProblem[]) {
  return (
    severity: RosterProblemSeverity,
    place: {
      line: number | null;
      element: string | null;
      recordId?: string | null;
      subject?: string | undefined;
    },
    reason: string,
  ): void => {
    problems.push({
      severity,
      file: fileName,
      line: place.line,
      element: place.element,
      recordId: place.recordId ?? null,
      ...(place.subject !== undefined ? { subject: place.subject } : {}),
      reason,
    });
  };
}

export type ProblemSink = ReturnType<typeof createProblemSink>;
