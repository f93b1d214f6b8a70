// What every roster needs of a student, whatever the format: a family name, a first name and a
// real birth date (a parent proves the link with it). SIECLE and ONDE name the fields their own
// way; the checks and their reasons are the same.

export interface StudentIdentityFields {
  familyName: string;
  firstName: string;
  rawBirthDate: string;
}

/** The format's names for the three fields and the date formats it accepts, for the reasons. */
export interface StudentIdentityColumns {
  familyName: string;
  firstName: string;
  birthDate: string;
  dateFormats: string;
}

/**
 * Reports (fatal) each missing or malformed field and returns the birth date as YYYY-MM-DD
 * when all three are valid, else null.
 */
export function checkStudentIdentity(
  student: StudentIdentityFields,
  columns: StudentIdentityColumns,
  parseDate: (raw: string) => string | null,
  reportFatal: (reason: string) => void,
): string | null {
  const birthDate = parseDate(student.rawBirthDate);
  let valid = true;
  if (student.familyName === '') {
    reportFatal(`student has no family name (${columns.familyName})`);
    valid = false;
  }
  if (student.firstName === '') {
    reportFatal(`student has no first name (${columns.firstName})`);
    valid = false;
  }
  if (birthDate === null) {
    reportFatal(
      student.rawBirthDate === ''
        ? `student has no birth date (${columns.birthDate})`
        : `invalid birth date "${student.rawBirthDate}" (expected ${columns.dateFormats})`,
    );
    valid = false;
  }
  return valid ? birthDate : null;
}
