import { rosterSubject, type RosterProblem } from '../roster-problem';
import type { RosterSnapshot, SnapshotGuardian, SnapshotLink } from '../roster-snapshot';
import { createProblemSink } from '../siecle/siecle-problem-sink';
import { createChildLinker } from './link-onde-children';
import type { OndeGuardianRow, OndeGuardiansFile, OndeStudentsFile } from './onde-file';
import { ondeGuardianSourceId, ondeHomonymGuardianSourceId } from './onde-source-ids';

export interface OndeSchool {
  uai: string;
  name: string | null;
}

interface GuardianRowLinks {
  row: OndeGuardianRow;
  studentIds: Set<string>;
}

/**
 * Rows of the same names that are the same person: they share a child or a mobile number (a
 * family with more children than the export has column groups gets a second row). What is
 * left apart are homonyms.
 */
function groupSamePerson(rows: GuardianRowLinks[]): GuardianRowLinks[][] {
  const groups: GuardianRowLinks[][] = [];
  for (const row of rows) {
    const same = groups.filter((group) =>
      group.some(
        (other) =>
          [...row.studentIds].some((id) => other.studentIds.has(id)) ||
          (row.row.mobileE164 !== null && row.row.mobileE164 === other.row.mobileE164),
      ),
    );
    const merged = [...same.flat(), row];
    for (const group of same) groups.splice(groups.indexOf(group), 1);
    groups.push(merged);
  }
  return groups;
}

/**
 * Puts a students export and a guardians export together into one school's snapshot: each
 * guardian row's children become links to pupils (names + class; each unmatched or ambiguous
 * child reported), every guardian of the export being a legal guardian (level 1). A guardian
 * none of whose children is a pupil is left out and reported.
 */
export function buildOndeSnapshot(
  school: OndeSchool,
  studentsFile: OndeStudentsFile,
  guardiansFile: OndeGuardiansFile,
): { snapshot: RosterSnapshot; problems: RosterProblem[] } {
  const problems: RosterProblem[] = [];
  const report = createProblemSink(guardiansFile.fileName, problems);
  const linkChild = createChildLinker(studentsFile.students);
  const enrolledById = new Map(studentsFile.students.map((s) => [s.sourceId, s.enrolled]));

  const byNames = new Map<string, GuardianRowLinks[]>();
  for (const row of guardiansFile.guardians) {
    const studentIds = new Set<string>();
    for (const child of row.children) {
      const linked = linkChild(child);
      if (linked.ok) studentIds.add(linked.student.sourceId);
      else {
        report(
          'warning',
          {
            line: row.line,
            element: null,
            recordId: `child ${child.position}`,
            // The child as the guardian's row names them: the one the reason is about.
            subject: rosterSubject(child.familyName, child.firstName),
          },
          linked.reason,
        );
      }
    }
    const key = ondeGuardianSourceId(row.familyName, row.firstName);
    byNames.set(key, [...(byNames.get(key) ?? []), { row, studentIds }]);
  }

  const guardians: SnapshotGuardian[] = [];
  const links: SnapshotLink[] = [];
  for (const [baseId, rows] of byNames) {
    const people = groupSamePerson(rows).filter((person) => {
      if (person.some((r) => r.studentIds.size > 0)) return true;
      const [first] = person;
      if (first !== undefined) {
        report(
          'warning',
          {
            line: first.row.line,
            element: null,
            subject: rosterSubject(first.row.familyName, first.row.firstName),
          },
          'none of this guardian’s children is a pupil of the students export: guardian not imported',
        );
      }
      return false;
    });
    for (const person of people) {
      const [first] = person as [GuardianRowLinks, ...GuardianRowLinks[]];
      const studentIds = [...new Set(person.flatMap((r) => [...r.studentIds]))].sort();
      const sourceId =
        people.length === 1
          ? baseId
          : ondeHomonymGuardianSourceId(first.row.familyName, first.row.firstName, studentIds[0]!);
      const pick = <T>(value: (row: OndeGuardianRow) => T | null): T | null =>
        person.map((r) => value(r.row)).find((v) => v !== null) ?? null;
      const mobileE164 = pick((r) => r.mobileE164);
      guardians.push({
        sourceId,
        civility: pick((r) => r.civility),
        familyName: first.row.familyName,
        usageName: pick((r) => r.usageName),
        firstName: first.row.firstName,
        mobileE164,
      });
      for (const studentSourceId of studentIds) {
        links.push({
          studentSourceId,
          guardianSourceId: sourceId,
          legalLevel: 1,
          relationCode: null,
        });
      }
      if (mobileE164 === null && studentIds.some((id) => enrolledById.get(id) === true)) {
        report(
          'warning',
          {
            line: first.row.line,
            element: null,
            subject: rosterSubject(first.row.familyName, first.row.firstName),
          },
          `${first.row.mobileProblem ?? 'no mobile number'}: this legal guardian cannot activate by SMS`,
        );
      }
    }
  }

  const snapshot: RosterSnapshot = {
    source: 'onde',
    school: { uai: school.uai, name: school.name, schoolYear: null },
    students: studentsFile.students.map((s) => ({
      sourceId: s.sourceId,
      familyName: s.familyName,
      usageName: s.usageName,
      firstName: s.firstName,
      birthDate: s.birthDate,
      className: s.className,
      enrolled: s.enrolled,
    })),
    guardians,
    links,
  };
  // In file order, as a secretary reads the file, whatever the order they were found in.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { snapshot, problems };
}
