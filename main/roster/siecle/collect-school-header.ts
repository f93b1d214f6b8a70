import type { SiecleSchoolHeader } from './siecle-file';
import type { ProblemSink } from './siecle-problem-sink';

// The shape the roster writer requires of a school id (a UAI is 7 digits and a check letter).
const UAI_SHAPE = /^\w{8}$/;

/** Reads PARAMETRES/UAJ and ANNEE_SCOLAIRE into `school`; a missing or malformed UAJ is fatal. */
export function collectSchoolHeader(root: string, school: SiecleSchoolHeader, report: ProblemSink) {
  const parameters = `${root}/PARAMETRES`;
  let line: number | null = null;
  return {
    open(path: string, openedAt: number): void {
      if (path === parameters) line = openedAt;
    },
    close(path: string, text: string, closedAt: number): void {
      if (path === `${parameters}/UAJ`) {
        school.uai = text.toUpperCase() || null;
        if (school.uai !== null && !UAI_SHAPE.test(school.uai)) {
          report(
            'fatal',
            { line: closedAt, element: 'UAJ' },
            `the school id (PARAMETRES/UAJ) "${text}" is not a UAI (8 letters and digits, e.g. 0140070A)`,
          );
        }
      } else if (path === `${parameters}/ANNEE_SCOLAIRE`) {
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
