import type { ProblemSink } from '../siecle/siecle-problem-sink';
import { unknownOndeHeaders } from './onde-columns';
import type { OndeTable } from './read-onde-table';

/**
 * One warning per header ONDE is not known to write: the file is still imported (the columns
 * the kiosk needs are there), but a secretary or IT person can see that a column was not read.
 */
export function reportUnknownOndeHeaders(
  table: OndeTable,
  kind: 'students' | 'guardians',
  report: ProblemSink,
): void {
  for (const header of unknownOndeHeaders(table, kind)) {
    report(
      'warning',
      { line: 1, element: null },
      `unknown column "${header}" in the ${kind} export: not read (check that the file is an ONDE export)`,
    );
  }
}
