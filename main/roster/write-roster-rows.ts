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

type SqlValue = string | number | null;

/**
 * One roster table keyed by (school_uai, source_id): each column the import owns, with how its
 * value is read from a snapshot item. Column names are constants of this file, never input.
 */
interface RosterTable<Item> {
  name: 'students' | 'guardians';
  sourceId: (item: Item) => string;
  columns: Record<string, (item: Item) => SqlValue>;
}

/**
 * Upserts `items` into `table` by (school, source id): inserts the new ones, updates only rows
 * whose columns differ. Returns the counts and source id → row id.
 */
function upsertBySourceId<Item>(
  db: KioskDatabase,
  uai: string,
  items: readonly Item[],
  table: RosterTable<Item>,
) {
  const names = Object.keys(table.columns);
  const readers = Object.values(table.columns);
  const existing = new Map(
    (
      db
        .prepare(
          `SELECT id, source_id, ${names.join(', ')} FROM ${table.name} WHERE school_uai = ?`,
        )
        .all(uai) as Array<{ id: number; source_id: string } & Record<string, SqlValue>>
    ).map((row) => [row.source_id, row]),
  );
  const insert = db.prepare(
    `INSERT INTO ${table.name} (school_uai, source_id, ${names.join(', ')})
     VALUES (?, ?, ${names.map(() => '?').join(', ')})`,
  );
  const update = db.prepare(
    `UPDATE ${table.name} SET ${names.map((name) => `${name} = ?`).join(', ')} WHERE id = ?`,
  );
  const counts: RowCounts = { added: 0, updated: 0, unchanged: 0, missing: 0 };
  const ids = new Map<string, number>();
  for (const item of items) {
    const sourceId = table.sourceId(item);
    const values = readers.map((read) => read(item));
    const row = existing.get(sourceId);
    if (row === undefined) {
      ids.set(sourceId, Number(insert.run(uai, sourceId, ...values).lastInsertRowid));
      counts.added++;
      continue;
    }
    ids.set(sourceId, row.id);
    if (names.every((name, i) => row[name] === values[i])) counts.unchanged++;
    else {
      update.run(...values, row.id);
      counts.updated++;
    }
  }
  counts.missing = [...existing.keys()].filter((id) => !ids.has(id)).length;
  return { counts, ids };
}

/** Upserts students by (school, ELEVE_ID); returns counts and ELEVE_ID → students.id. */
export function upsertStudents(
  db: KioskDatabase,
  uai: string,
  students: readonly SnapshotStudent[],
) {
  return upsertBySourceId(db, uai, students, {
    name: 'students',
    sourceId: (s) => s.sourceId,
    columns: {
      family_name: (s) => s.familyName,
      usage_name: (s) => s.usageName,
      first_name: (s) => s.firstName,
      birth_date: (s) => s.birthDate,
      class_name: (s) => s.className,
      enrolled: (s) => (s.enrolled ? 1 : 0),
    },
  });
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
  return upsertBySourceId(db, uai, guardians, {
    name: 'guardians',
    sourceId: (g) => g.sourceId,
    columns: {
      civility: (g) => g.civility,
      family_name: (g) => g.familyName,
      usage_name: (g) => g.usageName,
      first_name: (g) => g.firstName,
      mobile_e164: (g) => g.mobileE164,
      family_name_key: (g) => foldName(g.familyName),
      usage_name_key: (g) => (g.usageName === null ? null : foldName(g.usageName)),
      first_name_key: (g) => foldName(g.firstName),
    },
  });
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
