import { basename } from 'node:path';
import { rosterSubject, type RosterProblem } from '../roster-problem';
import { readSiecleSource } from './read-siecle-source';
import {
  DUPLICATE_GUARDIAN,
  DUPLICATE_STUDENT,
  twoDivisions,
  type SiecleFileReading,
  type SiecleGuardianRecord,
  type SiecleLinkRecord,
  type SiecleRecordSink,
  type SiecleStudentRecord,
} from './siecle-file';
import { createProblemSink } from './siecle-problem-sink';
import { xmlFileSource } from './stream-xml-file';

/**
 * Reads one small SIECLE export whole into arrays (for inspection and tests; imports stream
 * into staging tables instead, see main/roster/staging). Never throws for a bad file.
 */
export async function readSiecleFile(path: string): Promise<SiecleFileReading> {
  const fileName = basename(path);
  const problems: RosterProblem[] = [];
  const students: SiecleStudentRecord[] = [];
  const guardians: SiecleGuardianRecord[] = [];
  const links: SiecleLinkRecord[] = [];
  const classByStudent = new Map<string, string>();
  const studentIds = new Set<string>();
  const guardianIds = new Set<string>();
  const report = createProblemSink(fileName, problems);
  const sink: SiecleRecordSink = {
    student(record) {
      if (!studentIds.has(record.sourceId)) {
        studentIds.add(record.sourceId);
        students.push(record);
      } else {
        const recordId = `ELEVE_ID=${record.sourceId}`;
        const subject = rosterSubject(record.familyName, record.firstName);
        report(
          'fatal',
          { line: record.line, element: 'ELEVE', recordId, subject },
          DUPLICATE_STUDENT,
        );
      }
    },
    studentClass(studentId, className, line) {
      const known = classByStudent.get(studentId);
      if (known === undefined) classByStudent.set(studentId, className);
      else if (known !== className) {
        const recordId = `ELEVE_ID=${studentId}`;
        report('warning', { line, element: 'STRUCTURE', recordId }, twoDivisions(known, className));
      }
    },
    guardian(record) {
      if (!guardianIds.has(record.sourceId)) {
        guardianIds.add(record.sourceId);
        guardians.push(record);
      } else {
        const recordId = `PERSONNE_ID=${record.sourceId}`;
        const subject = rosterSubject(record.familyName, record.firstName);
        const place = { line: record.line, element: 'PERSONNE', recordId, subject };
        report('fatal', place, DUPLICATE_GUARDIAN);
      }
    },
    link: (record) => void links.push(record),
  };
  const { kind, school } = await readSiecleSource(xmlFileSource(path, fileName), sink, problems);
  if (kind === null || school === null) return { file: null, problems };
  return {
    file:
      kind === 'students'
        ? { kind, fileName, school, students, classByStudent }
        : { kind, fileName, school, guardians, links },
    problems,
  };
}
