import { compactName } from '../../../shared/fold-name';
import type { OndeChildRef, OndeStudentRecord } from './onde-file';

export type ChildLink = { ok: true; student: OndeStudentRecord } | { ok: false; reason: string };

const namesOf = (familyName: string, usageName: string | null): string[] =>
  [familyName, usageName ?? ''].map(compactName).filter((name) => name !== '');

/**
 * Finds the pupils a guardians row's children are, by names + class, as the guardians export
 * gives no pupil id. Names compare compacted (case, accents, spaces, hyphens, apostrophes do
 * not matter) and either of the child's names may be the pupil's family or usage name; the
 * class must then be the same when the guardians file gives one.
 */
export function createChildLinker(students: readonly OndeStudentRecord[]) {
  const byFirstName = new Map<string, OndeStudentRecord[]>();
  for (const student of students) {
    const key = compactName(student.firstName);
    byFirstName.set(key, [...(byFirstName.get(key) ?? []), student]);
  }
  return (child: OndeChildRef): ChildLink => {
    const childNames = namesOf(child.familyName, child.usageName);
    const byNames = (byFirstName.get(compactName(child.firstName)) ?? []).filter((student) =>
      namesOf(student.familyName, student.usageName).some((name) => childNames.includes(name)),
    );
    const className = child.className;
    const inClass =
      className === null
        ? byNames
        : byNames.filter((s) => compactName(s.className ?? '') === compactName(className));
    const classText = className === null ? 'no class given' : `class "${className}"`;
    const [only, ...others] = inClass;
    if (only !== undefined && others.length === 0) return { ok: true, student: only };
    if (inClass.length > 1) {
      const lines = inClass.map((s) => s.line).join(', ');
      return {
        ok: false,
        reason: `child (${classText}) matches ${inClass.length} pupils of the students export (lines ${lines}): not linked`,
      };
    }
    if (byNames.length > 0) {
      const found = [...new Set(byNames.map((s) => `"${s.className ?? ''}"`))].join(', ');
      return {
        ok: false,
        reason: `child (${classText}) matches a pupil by name, but in class ${found} in the students export: not linked`,
      };
    }
    return {
      ok: false,
      reason: `child (${classText}) matches no pupil of the students export by names: not linked`,
    };
  };
}
