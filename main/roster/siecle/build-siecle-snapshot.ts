import type { RosterSnapshot, SnapshotLink } from '../roster-snapshot';
import type { RosterProblem } from '../roster-problem';
import type { SiecleGuardiansFile, SiecleStudentsFile } from './siecle-file';
import { createProblemSink } from './siecle-problem-sink';

/**
 * Puts a students file and a guardians file together into one school's snapshot. Files from
 * two schools are refused; links to a student or person absent from the files are skipped.
 */
export function buildSiecleSnapshot(
  studentsFile: SiecleStudentsFile,
  guardiansFile: SiecleGuardiansFile,
): { snapshot: RosterSnapshot; problems: RosterProblem[] } {
  const problems: RosterProblem[] = [];
  const inGuardians = createProblemSink(guardiansFile.fileName, problems);
  const uai = studentsFile.school.uai;

  if (uai !== null && guardiansFile.school.uai !== null && uai !== guardiansFile.school.uai) {
    inGuardians(
      'fatal',
      { line: null, element: 'UAJ' },
      `the files come from two schools: ${studentsFile.fileName} is for ${uai}, ` +
        `${guardiansFile.fileName} for ${guardiansFile.school.uai}`,
    );
  }
  const year = studentsFile.school.schoolYear;
  if (
    year !== null &&
    guardiansFile.school.schoolYear !== null &&
    year !== guardiansFile.school.schoolYear
  ) {
    inGuardians(
      'warning',
      { line: null, element: 'ANNEE_SCOLAIRE' },
      `the files are for different school years (${year} and ${guardiansFile.school.schoolYear}); export both again if in doubt`,
    );
  }

  const enrolledById = new Map(studentsFile.students.map((s) => [s.sourceId, s.enrolled]));
  const guardianIds = new Set(guardiansFile.guardians.map((g) => g.sourceId));
  const links = new Map<string, SnapshotLink>();
  for (const link of guardiansFile.links) {
    const place = {
      line: link.line,
      element: 'RESPONSABLE_ELEVE',
      recordId: `ELEVE_ID=${link.studentSourceId} PERSONNE_ID=${link.guardianSourceId}`,
    };
    if (!enrolledById.has(link.studentSourceId)) {
      inGuardians('warning', place, 'link to a student who is not in the students file; skipped');
      continue;
    }
    if (!guardianIds.has(link.guardianSourceId)) {
      inGuardians('warning', place, 'link to a person who is not in the guardians file; skipped');
      continue;
    }
    const key = `${link.guardianSourceId}\u0000${link.studentSourceId}`;
    const known = links.get(key);
    // The same pair twice: keep the strongest responsibility (lowest level).
    if (known === undefined || link.legalLevel < known.legalLevel) {
      links.set(key, {
        studentSourceId: link.studentSourceId,
        guardianSourceId: link.guardianSourceId,
        legalLevel: link.legalLevel,
        relationCode: link.relationCode,
      });
    }
  }

  const legalOfEnrolled = new Set(
    [...links.values()]
      .filter((l) => l.legalLevel === 1 && enrolledById.get(l.studentSourceId) === true)
      .map((l) => l.guardianSourceId),
  );
  for (const guardian of guardiansFile.guardians) {
    if (guardian.mobileE164 === null && legalOfEnrolled.has(guardian.sourceId)) {
      inGuardians(
        'warning',
        { line: guardian.line, element: 'PERSONNE', recordId: `PERSONNE_ID=${guardian.sourceId}` },
        `${guardian.mobileProblem ?? 'no mobile number'}: this legal guardian cannot activate by SMS`,
      );
    }
  }

  const snapshot: RosterSnapshot = {
    source: 'siecle',
    school: { uai: uai ?? '', name: null, schoolYear: year ?? guardiansFile.school.schoolYear },
    students: studentsFile.students.map((s) => ({
      sourceId: s.sourceId,
      familyName: s.familyName,
      usageName: s.usageName,
      firstName: s.firstName,
      birthDate: s.birthDate,
      className: studentsFile.classByStudent.get(s.sourceId) ?? null,
      enrolled: s.enrolled,
    })),
    guardians: guardiansFile.guardians.map((g) => ({
      sourceId: g.sourceId,
      civility: g.civility,
      familyName: g.familyName,
      usageName: g.usageName,
      firstName: g.firstName,
      mobileE164: g.mobileE164,
    })),
    links: [...links.values()],
  };
  return { snapshot, problems };
}
