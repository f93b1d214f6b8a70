import type { SiecleSchoolHeader } from './siecle-file';
import type { ProblemSink } from './siecle-problem-sink';
import { isUai } from '../roster-snapshot';

/** Reads PARAMETRES/UAJ and ANNEE_SCOLAIRE into `school`; a missing or malformed UAJ is fatal. */
export function collectSchoolHeader(root: string, school: SiecleSchoolHeader, report: ProblemSink) {
  const parameters = `${root}/PARAMETRES`;
  const uaj = `${parameters}/UAJ`;
  const schoolYear = `${parameters}/ANNEE_SCOLAIRE`;
  let line: number | null = null;
  return {
    open(path: string, openedAt: number): void {
      if (path === parameters) line = openedAt;
    },
    close(path: string, text: string, closedAt: number): void {
      if (path === uaj) {
        school.uai = text.toUpperCase() || null;
        if (school.uai !== null && !isUai(school.uai)) {
          report(
            'fatal',
            { line: closedAt, element: 'UAJ' },
            `the school id (PARAMETRES/UAJ) "${text}" is not a UAI (7 digits and a letter, e.g. 0140070A)`,
          );
        }
      } else if (path === schoolYear) {
        school.schoolYear = /^\d{4}$/.test(text) ? Number(text) : null;
      }
    },
    finish(): void {
      if (school.uai === null) {
        report('fatal', { line, element: 'UAJ' }, 'no school id (PARAMETRES/UAJ) in the file');
      }
    },
  };
}
