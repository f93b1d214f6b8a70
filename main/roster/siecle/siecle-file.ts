// What one SIECLE (BEE) XML file holds once read, before the two files are put together.
import type { RosterProblem } from '../roster-problem';

export interface SiecleSchoolHeader {
  uai: string | null; // UAJ
  schoolYear: number | null; // ANNEE_SCOLAIRE (start year)
}

export interface SiecleStudentRecord {
  sourceId: string;
  line: number;
  familyName: string;
  usageName: string | null;
  firstName: string;
  birthDate: string;
  enrolled: boolean;
}

export interface SiecleGuardianRecord {
  sourceId: string;
  line: number;
  civility: string | null;
  familyName: string;
  usageName: string | null;
  firstName: string;
  mobileE164: string | null;
  /** Why no usable mobile was found (for the report), or null. */
  mobileProblem: string | null;
  /** The names folded for matching (foldName), when a reading worker thread did it already. */
  nameKeys?: GuardianNameKeys;
}

export interface GuardianNameKeys {
  family: string;
  usage: string | null;
  first: string;
}

export interface SiecleLinkRecord {
  line: number;
  studentSourceId: string;
  guardianSourceId: string;
  legalLevel: 1 | 2 | 3;
  relationCode: string | null;
}

export interface SiecleStudentsFile {
  kind: 'students';
  fileName: string;
  school: SiecleSchoolHeader;
  students: SiecleStudentRecord[];
  /** ELEVE_ID → division code (TYPE_STRUCTURE D, "Inactifs" left out). */
  classByStudent: Map<string, string>;
}

export interface SiecleGuardiansFile {
  kind: 'guardians';
  fileName: string;
  school: SiecleSchoolHeader;
  guardians: SiecleGuardianRecord[];
  links: SiecleLinkRecord[];
}

export type SiecleFile = SiecleStudentsFile | SiecleGuardiansFile;

/**
 * Where the collectors put each record as it is read: arrays (small files, tests) or the
 * import's staging tables (any size, written in batches). Duplicate ids, and a student given two
 * divisions, are the sink's to notice and report, since a batch is checked when it is written.
 */
export interface SiecleRecordSink {
  student(record: SiecleStudentRecord): void;
  /** The student's division (TYPE_STRUCTURE D); the first one given is kept. */
  studentClass(studentId: string, className: string, line: number): void;
  guardian(record: SiecleGuardianRecord): void;
  link(record: SiecleLinkRecord): void;
}

export const DUPLICATE_STUDENT = 'the same ELEVE_ID appears twice';
export const DUPLICATE_GUARDIAN = 'the same PERSONNE_ID appears twice';
export const twoDivisions = (known: string, other: string) =>
  `student is in two divisions ("${known}" and "${other}"); kept "${known}"`;

export interface SiecleFileReading {
  /** null when the file could not be read or recognised (see problems). */
  file: SiecleFile | null;
  problems: RosterProblem[];
}
