import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/database/open-database';
import { DatabaseTooNewError, runMigrations } from '../../../main/database/run-migrations';
import { MIGRATIONS } from '../../../main/database/migration-registry';
import {
  DELETE_CLOSED_FLOWS_SQL,
  EXPIRED_OPEN_FLOWS_SQL,
} from '../../../main/flows/engine/flow-repository';
import { KIOSK_WINDOW_SQL } from '../../../main/flows/activation/identity-cooldown';

const planOf = (db: Database.Database, sql: string, ...params: unknown[]): string =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
    .map((row) => row.detail)
    .join('\n');

describe('database migrations', () => {
  it('brings a new database to the latest version in one go', () => {
    const db = openDatabase(':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'accounts',
        'guardians',
        'students',
        'flows',
        'events',
        'audit_log',
        'sms_log',
        'wrong_link_reports',
      ]),
    );
  });

  it('is a no-op on an up-to-date database', () => {
    const db = openDatabase(':memory:');
    expect(runMigrations(db)).toBe(MIGRATIONS.length);
  });

  it('refuses a database created by a newer version of the kiosk', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => runMigrations(db)).toThrow(DatabaseTooNewError);
  });

  it('rolls back every pending migration when one fails', () => {
    const db = new Database(':memory:');
    const broken = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE b (x INTEGER); SELECT * FROM missing;' },
    ];
    expect(() => runMigrations(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('a','b')").pluck().get(),
    ).toBe(0);
  });

  it('keeps the sync journal and the audit log append-only', () => {
    const db = openDatabase(':memory:');
    db.prepare(
      "INSERT INTO events (id, at, type, entity_id, payload) VALUES ('e1', 'now', 't', 'x', '{}')",
    ).run();
    expect(() => db.prepare("UPDATE events SET type = 'other'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    db.prepare(
      "INSERT INTO audit_log (id, at, actor, action) VALUES ('a1', 'now', 'kiosk', 'x')",
    ).run();
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('finds guardians by mobile number through an index (the identity check is a hot query)', () => {
    const db = openDatabase(':memory:');
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM guardians WHERE mobile_e164 = ?')
      .all('+33612345678') as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING INDEX guardians_by_mobile/);
  });

  it('the flow sweep finds expired open flows through the partial index, not a scan (migration 002)', () => {
    const db = openDatabase(':memory:');
    const plan = planOf(db, EXPIRED_OPEN_FLOWS_SQL, '2025-10-06T08:00:00.000Z');
    expect(plan).toMatch(/SEARCH flows USING INDEX flows_open_by_expiry \(expires_at<\?\)/);
    expect(plan).not.toMatch(/SCAN flows/);
  });

  it('the retention finds closed flows through their partial index (migration 002)', () => {
    const db = openDatabase(':memory:');
    const plan = planOf(db, DELETE_CLOSED_FLOWS_SQL, '2025-10-06T08:00:00.000Z');
    expect(plan).toMatch(/SEARCH flows USING INDEX flows_closed_by_update \(updated_at<\?\)/);
  });

  it('the kiosk-wide identity window reads one action by time through (action, at) (migration 002)', () => {
    const db = openDatabase(':memory:');
    const plan = planOf(db, KIOSK_WINDOW_SQL, '2025-10-06T08:00:00.000Z', 'x', 19);
    expect(plan).toMatch(
      /SEARCH audit_log USING (COVERING )?INDEX audit_log_by_action_time \(action=\? AND at>\?\)/,
    );
  });

  it('the SMS log retention deletes by time through its index', () => {
    const db = openDatabase(':memory:');
    const plan = planOf(db, 'DELETE FROM sms_log WHERE created_at < ?', '2025-01-01');
    expect(plan).toMatch(/SEARCH sms_log USING (COVERING )?INDEX sms_log_by_time/);
  });

  it('migration 002 upgrades a version-1 database in place', () => {
    const db = new Database(':memory:');
    runMigrations(db, MIGRATIONS.slice(0, 1));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(runMigrations(db, MIGRATIONS.slice(0, 2))).toBe(2);
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%_by_%'")
      .pluck()
      .all();
    expect(indexes).toEqual(
      expect.arrayContaining([
        'flows_open_by_expiry',
        'flows_closed_by_update',
        'audit_log_by_action_time',
      ]),
    );
  });
  it('migration 003 keeps existing accounts usable: no forced change, not disabled', () => {
    const db = new Database(':memory:');
    runMigrations(db, MIGRATIONS.slice(0, 2));
    db.prepare(
      `INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at)
       VALUES ('a1', 'patrick.dupont1', 'Patrick', 'scrypt$x', '2026-01-01', '2026-01-01')`,
    ).run();
    expect(runMigrations(db, MIGRATIONS.slice(0, 3))).toBe(3);
    expect(db.prepare('SELECT must_change_password, disabled_at FROM accounts').get()).toEqual({
      must_change_password: 0,
      disabled_at: null,
    });
    expect(() => db.prepare('UPDATE accounts SET must_change_password = 2').run()).toThrow(
      /CHECK constraint/,
    );
  });

  it('migration 004 rebuilds flows for recovery kinds, keeping every row and every index', () => {
    const db = new Database(':memory:');
    runMigrations(db, MIGRATIONS.slice(0, 3));
    const indexesOfFlows = () =>
      db
        .prepare(
          "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'flows' AND sql IS NOT NULL ORDER BY name",
        )
        .all();
    const before = indexesOfFlows();
    db.prepare(
      `INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at)
       VALUES ('a1', 'patrick.dupont1', 'Patrick', 'scrypt$x', '2026-01-01', '2026-01-01')`,
    ).run();
    const insertFlow = db.prepare(
      `INSERT INTO flows (id, kind, session_id, state, created_at, updated_at, expires_at,
         phone_e164, code_failures, account_id)
       VALUES (?, 'activation', 's1', ?, '2026-01-01', '2026-01-01', '2026-01-02', ?, ?, ?)`,
    );
    insertFlow.run('f-open', 'code', '+33612345678', 2, null);
    insertFlow.run('f-done', 'done', null, 0, 'a1');
    expect(() =>
      db
        .prepare(
          `INSERT INTO flows (id, kind, session_id, state, created_at, updated_at, expires_at)
           VALUES ('r', 'password-recovery', 's', 'identity', 'x', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK constraint/);

    expect(runMigrations(db, MIGRATIONS.slice(0, 4))).toBe(4);
    expect(
      db
        .prepare(
          'SELECT id, kind, state, phone_e164, code_failures, account_id, typed_identifier FROM flows ORDER BY id',
        )
        .all(),
    ).toEqual([
      {
        id: 'f-done',
        kind: 'activation',
        state: 'done',
        phone_e164: null,
        code_failures: 0,
        account_id: 'a1',
        typed_identifier: null,
      },
      {
        id: 'f-open',
        kind: 'activation',
        state: 'code',
        phone_e164: '+33612345678',
        code_failures: 2,
        account_id: null,
        typed_identifier: null,
      },
    ]);
    expect(indexesOfFlows()).toEqual(before);
    db.prepare(
      `INSERT INTO flows (id, kind, session_id, state, created_at, updated_at, expires_at)
       VALUES ('r', 'password-recovery', 's', 'identity', 'x', 'x', 'x')`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO flows (id, kind, session_id, state, created_at, updated_at, expires_at)
           VALUES ('z', 'other', 's', 'identity', 'x', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK constraint/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
