// What one ONDE CSV export holds once read, before the two files are put together.

export interface OndeStudentRecord {
  line: number;
  sourceId: string;
  familyName: string;
  usageName: string | null;
  firstName: string;
  birthDate: string; // YYYY-MM-DD
  className: string | null;
  enrolled: boolean;
}

/** One child column group of a guardians row (Nom d'usage / Nom de famille / Prénom / Classes). */
export interface OndeChildRef {
  /** 1 for the first group of the row, 2 for the second… */
  position: number;
  familyName: string;
  usageName: string | null;
  firstName: string;
  className: string | null;
}

export interface OndeGuardianRow {
  line: number;
  civility: string | null;
  familyName: string;
  usageName: string | null;
  firstName: string;
  mobileE164: string | null;
  /** Why no usable mobile was found (for the report), or null. */
  mobileProblem: string | null;
  children: OndeChildRef[];
}

export interface OndeStudentsFile {
  kind: 'students';
  fileName: string;
  students: OndeStudentRecord[];
}

export interface OndeGuardiansFile {
  kind: 'guardians';
  fileName: string;
  guardians: OndeGuardianRow[];
}

export type OndeFile = OndeStudentsFile | OndeGuardiansFile;
