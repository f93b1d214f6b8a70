import type { SiecleSchoolHeader } from './siecle-file';
import type { ProblemSink } from './siecle-problem-sink';

/** Reads PARAMETRES/UAJ and ANNEE_SCOLAIRE into `school`; a missing UAJ is fatal. */
export function collectSchoolHeader(root: string, school: SiecleSchoolHeader, report: ProblemSink) {
  const parameters = `${root}/PARAMETRES`;
  let line: number | null = null;
  return {
    open(path: string, openedAt: number): void {
      if (path === parameters) line = openedAt;
    },
    close(path: string, text: string): void {
      if (path === `${parameters}/UAJ`) school.uai = text.toUpperCase() || null;
      else if (path === `${parameters}/ANNEE_SCOLAIRE`) {
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
