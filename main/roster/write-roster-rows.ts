// Row-level upserts used by applyRosterSnapshot; each writes only what differs, so re-applying
// the same snapshot touches no row.
import type { KioskDatabase } from '../database/open-database';
import { foldName } from '../matching/fold-name';
import type { SnapshotGuardian, SnapshotLink, SnapshotStudent } from './roster-snapshot';

export interface RowCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** In the database for this school but not in the snapshot (left as they are). */
  missing: number;
}

interface StudentRow {
  id: number;
  source_id: string;
  family_name: string;
  usage_name: string | null;
  first_name: string;
  birth_date: string;
  class_name: string | null;
  enrolled: number;
}

/** Upserts students by (school, ELEVE_ID); returns counts and ELEVE_ID → students.id. */
export function upsertStudents(
  db: KioskDatabase,
  uai: string,
  students: readonly SnapshotStudent[],
) {
  const existing = new Map(
    (
      db
        .prepare(
          `SELECT id, source_id, family_name, usage_name, first_name, birth_date, class_name, enrolled
           FROM students WHERE school_uai = ?`,
        )
        .all(uai) as StudentRow[]
    ).map((row) => [row.source_id, row]),
  );
  const insert = db.prepare(
    `INSERT INTO students (school_uai, source_id, family_name, usage_name, first_name, birth_date, class_name, enrolled)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `UPDATE students SET family_name = ?, usage_name = ?, first_name = ?, birth_date = ?, class_name = ?, enrolled = ?
     WHERE id = ?`,
  );
  const counts: RowCounts = { added: 0, updated: 0, unchanged: 0, missing: 0 };
  const ids = new Map<string, number>();
  for (const s of students) {
    const values = [
      s.familyName,
      s.usageName,
      s.firstName,
      s.birthDate,
      s.className,
      s.enrolled ? 1 : 0,
    ] as const;
    const row = existing.get(s.sourceId);
    if (row === undefined) {
      ids.set(s.sourceId, Number(insert.run(uai, s.sourceId, ...values).lastInsertRowid));
      counts.added++;
      continue;
    }
    ids.set(s.sourceId, row.id);
    const current = [
      row.family_name,
      row.usage_name,
      row.first_name,
      row.birth_date,
      row.class_name,
      row.enrolled,
    ];
    if (current.every((value, i) => value === values[i])) counts.unchanged++;
    else {
      update.run(...values, row.id);
      counts.updated++;
    }
  }
  counts.missing = [...existing.keys()].filter((id) => !ids.has(id)).length;
  return { counts, ids };
}

interface GuardianRow {
  id: number;
  source_id: string;
  civility: string | null;
  family_name: string;
  usage_name: string | null;
  first_name: string;
  mobile_e164: string | null;
  family_name_key: string;
  usage_name_key: string | null;
  first_name_key: string;
}

/**
 * Upserts guardians by (school, PERSONNE_ID). Only roster columns are written: account_id,
 * failed_secret_count and locked_at belong to the kiosk, never to an import.
 */
export function upsertGuardians(
  db: KioskDatabase,
  uai: string,
  guardians: readonly SnapshotGuardian[],
) {
  const existing = new Map(
    (
      db
        .prepare(
          `SELECT id, source_id, civility, family_name, usage_name, first_name, mobile_e164,
                  family_name_key, usage_name_key, first_name_key
           FROM guardians WHERE school_uai = ?`,
        )
        .all(uai) as GuardianRow[]
    ).map((row) => [row.source_id, row]),
  );
  const insert = db.prepare(
    `INSERT INTO guardians (school_uai, source_id, civility, family_name, usage_name, first_name, mobile_e164,
                            family_name_key, usage_name_key, first_name_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `UPDATE guardians SET civility = ?, family_name = ?, usage_name = ?, first_name = ?, mobile_e164 = ?,
                          family_name_key = ?, usage_name_key = ?, first_name_key = ?
     WHERE id = ?`,
  );
  const counts: RowCounts = { added: 0, updated: 0, unchanged: 0, missing: 0 };
  const ids = new Map<string, number>();
  for (const g of guardians) {
    const values = [
      g.civility,
      g.familyName,
      g.usageName,
      g.firstName,
      g.mobileE164,
      foldName(g.familyName),
      g.usageName === null ? null : foldName(g.usageName),
      foldName(g.firstName),
    ] as const;
    const row = existing.get(g.sourceId);
    if (row === undefined) {
      ids.set(g.sourceId, Number(insert.run(uai, g.sourceId, ...values).lastInsertRowid));
      counts.added++;
      continue;
    }
    ids.set(g.sourceId, row.id);
    const current = [
      row.civility,
      row.family_name,
      row.usage_name,
      row.first_name,
      row.mobile_e164,
      row.family_name_key,
      row.usage_name_key,
      row.first_name_key,
    ];
    if (current.every((value, i) => value === values[i])) counts.unchanged++;
    else {
      update.run(...values, row.id);
      counts.updated++;
    }
  }
  counts.missing = [...existing.keys()].filter((id) => !ids.has(id)).length;
  return { counts, ids };
}

interface LinkRow {
  guardian_id: number;
  student_id: number;
  legal_level: number;
  relation_code: string | null;
}

/** Makes the school's guardian_students exactly the snapshot's links, touching only differences. */
export function replaceSchoolLinks(
  db: KioskDatabase,
  uai: string,
  links: readonly SnapshotLink[],
  guardianIds: ReadonlyMap<string, number>,
  studentIds: ReadonlyMap<string, number>,
) {
  const key = (guardianId: number, studentId: number) => `${guardianId}:${studentId}`;
  const existing = new Map(
    (
      db
        .prepare(
          `SELECT gs.guardian_id, gs.student_id, gs.legal_level, gs.relation_code
           FROM guardian_students gs JOIN guardians g ON g.id = gs.guardian_id
           WHERE g.school_uai = ?`,
        )
        .all(uai) as LinkRow[]
    ).map((row) => [key(row.guardian_id, row.student_id), row]),
  );
  const wanted = new Map<string, LinkRow>();
  for (const link of links) {
    const guardianId = guardianIds.get(link.guardianSourceId);
    const studentId = studentIds.get(link.studentSourceId);
    if (guardianId === undefined || studentId === undefined) {
      throw new Error(
        `Roster snapshot link ${link.guardianSourceId} → ${link.studentSourceId} names a guardian or student it does not contain`,
      );
    }
    const k = key(guardianId, studentId);
    const known = wanted.get(k);
    if (known === undefined || link.legalLevel < known.legal_level) {
      wanted.set(k, {
        guardian_id: guardianId,
        student_id: studentId,
        legal_level: link.legalLevel,
        relation_code: link.relationCode,
      });
    }
  }
  const insert = db.prepare(
    'INSERT INTO guardian_students (guardian_id, student_id, legal_level, relation_code) VALUES (?, ?, ?, ?)',
  );
  const update = db.prepare(
    'UPDATE guardian_students SET legal_level = ?, relation_code = ? WHERE guardian_id = ? AND student_id = ?',
  );
  const remove = db.prepare(
    'DELETE FROM guardian_students WHERE guardian_id = ? AND student_id = ?',
  );
  const counts = { added: 0, updated: 0, removed: 0 };
  for (const [k, row] of existing) {
    if (!wanted.has(k)) {
      remove.run(row.guardian_id, row.student_id);
      counts.removed++;
    }
  }
  for (const [k, row] of wanted) {
    const current = existing.get(k);
    if (current === undefined) {
      insert.run(row.guardian_id, row.student_id, row.legal_level, row.relation_code);
      counts.added++;
    } else if (
      current.legal_level !== row.legal_level ||
      current.relation_code !== row.relation_code
    ) {
      update.run(row.legal_level, row.relation_code, row.guardian_id, row.student_id);
      counts.updated++;
    }
  }
  return { counts, links: [...wanted.values()] };
}
