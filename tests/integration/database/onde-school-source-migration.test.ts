// The ONDE migration rebuilds the schools table (SQLite cannot alter a CHECK). students and
// guardians reference schools ON DELETE CASCADE, so a careless rebuild would wipe the roster
// and detach every account: this proves an upgrade keeps every row, on a real file database
// opened the way the kiosk opens it (WAL, foreign keys on).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/database/migration-registry';
import { migration008OndeSchoolSource } from '../../../main/database/migrations/008-onde-school-source';
import { openDatabase } from '../../../main/database/open-database';
import {
  MigrationBrokeForeignKeysError,
  runMigrations,
} from '../../../main/database/run-migrations';
import { fingerprintDatabase, fingerprintedColumns } from '../roster/db-fingerprint';

const BEFORE_ONDE = MIGRATIONS.indexOf(migration008OndeSchoolSource);
const NOW = '2026-01-05T08:00:00.000Z';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** A kiosk database at the version just before the ONDE migration, holding a used roster. */
function populatedDatabaseBeforeOnde(): { file: string; db: Database.Database } {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-migration-'));
  const file = join(dir, 'kiosk.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  runMigrations(db, MIGRATIONS.slice(0, BEFORE_ONDE));
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  for (const [uai, source] of [
    ['0140070A', 'siecle'],
    ['0750001B', 'demo'],
  ] as const) {
    run(
      `INSERT INTO schools (uai, name, school_year, source, imported_at) VALUES (?, ?, 2025, ?, ?)`,
      uai,
      `École ${uai}`,
      source,
      NOW,
    );
    for (let i = 1; i <= 50; i++) {
      run(
        `INSERT INTO students (school_uai, source_id, family_name, first_name, birth_date, class_name, enrolled)
         VALUES (?, ?, 'DUPONT', ?, '2015-03-14', 'CM1', 1)`,
        uai,
        `S${i}`,
        `Enfant${i}`,
      );
      run(
        `INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at)
         VALUES (?, ?, 'Patrick', 'scrypt$x', ?, ?)`,
        `${uai}-a${i}`,
        `patrick.dupont${uai}${i}`,
        NOW,
        NOW,
      );
      const guardian = run(
        `INSERT INTO guardians (school_uai, source_id, family_name, first_name, mobile_e164,
                                family_name_key, first_name_key, account_id)
         VALUES (?, ?, 'DUPONT', 'Patrick', '+33612345678', 'dupont', 'patrick', ?)`,
        uai,
        `G${i}`,
        `${uai}-a${i}`,
      ).lastInsertRowid;
      const student = db
        .prepare('SELECT id FROM students WHERE school_uai = ? AND source_id = ?')
        .pluck()
        .get(uai, `S${i}`);
      run(
        'INSERT INTO guardian_students (guardian_id, student_id, legal_level) VALUES (?, ?, 1)',
        guardian,
        student,
      );
      run(
        'INSERT INTO account_students (account_id, student_id, confirmed_at) VALUES (?, ?, ?)',
        `${uai}-a${i}`,
        student,
        NOW,
      );
      run(
        `INSERT INTO wrong_link_reports (id, created_at, flow_id, guardian_id, student_id)
         VALUES (?, ?, 'f', ?, ?)`,
        `${uai}-r${i}`,
        NOW,
        guardian,
        student,
      );
    }
  }
  return { file, db };
}

describe('migration 008: schools may come from ONDE', () => {
  it('upgrading a database full of rows keeps every student, guardian, link, account and report', () => {
    const { file, db } = populatedDatabaseBeforeOnde();
    // Later migrations may add columns; every row must keep the values it had.
    const columns = fingerprintedColumns(db);
    const before = fingerprintDatabase(db, [], columns);
    expect(before.counts).toMatchObject({
      schools: 2,
      students: 100,
      guardians: 100,
      guardian_students: 100,
      accounts: 100,
      account_students: 100,
      wrong_link_reports: 100,
    });
    db.close();

    const upgraded = openDatabase(file);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(fingerprintDatabase(upgraded, [], columns)).toEqual(before);
    // The kiosk's connection still enforces foreign keys after the migration switched them off.
    expect(upgraded.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(upgraded.pragma('foreign_key_check')).toEqual([]);
    upgraded
      .prepare(
        `INSERT INTO schools (uai, name, school_year, source, imported_at) VALUES ('0751234A', NULL, NULL, 'onde', ?)`,
      )
      .run(NOW);
    expect(() =>
      upgraded
        .prepare(
          `INSERT INTO schools (uai, name, school_year, source, imported_at) VALUES ('0751235B', NULL, NULL, 'csv', ?)`,
        )
        .run(NOW),
    ).toThrow(/CHECK constraint/);
    // Deleting a school still cascades: the rebuilt table is the one students reference.
    upgraded.prepare("DELETE FROM schools WHERE uai = '0750001B'").run();
    expect(upgraded.prepare('SELECT COUNT(*) FROM students').pluck().get()).toBe(50);
    expect(upgraded.prepare('SELECT COUNT(*) FROM guardians').pluck().get()).toBe(50);
    upgraded.close();
  });

  it('rolls back a migration that leaves a dangling reference, and keeps foreign keys on', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const migrations = [
      {
        version: 1,
        name: 'parent and child',
        sql: `CREATE TABLE p (id INTEGER PRIMARY KEY);
              CREATE TABLE c (p_id INTEGER REFERENCES p(id) ON DELETE CASCADE);
              INSERT INTO p VALUES (1); INSERT INTO c VALUES (1);`,
      },
      { version: 2, name: 'loses the parent', sql: 'DELETE FROM p;' },
    ];
    runMigrations(db, migrations.slice(0, 1));
    expect(() => runMigrations(db, migrations)).toThrow(MigrationBrokeForeignKeysError);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare('SELECT COUNT(*) FROM p').pluck().get()).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
