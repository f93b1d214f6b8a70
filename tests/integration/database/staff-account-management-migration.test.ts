// Migration 009 on a kiosk that already has staff accounts: they keep working, hold no temporary
// password, and their pepper is left unrecorded (NULL) since nothing tells which one hashed them.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/database/migration-registry';
import { migration009StaffAccountManagement } from '../../../main/database/migrations/009-staff-account-management';
import { runMigrations } from '../../../main/database/run-migrations';

describe('migration 009: staff account management', () => {
  it('keeps existing staff accounts, with their pepper unrecorded', () => {
    const db = new Database(':memory:');
    runMigrations(db, MIGRATIONS.slice(0, MIGRATIONS.indexOf(migration009StaffAccountManagement)));
    db.prepare(
      `INSERT INTO staff_accounts (id, username, display_name, password_hash, created_at)
       VALUES ('s1', 'secretariat', 'Martine Durand', 'scrypt$1024$8$1$c2FsdA==$aGFzaA==', '2025-09-01T08:00:00.000Z')`,
    ).run();
    runMigrations(db, MIGRATIONS);
    expect(
      db
        .prepare(
          'SELECT username, pepper, must_change_password, disabled_at, disabled_by FROM staff_accounts',
        )
        .all(),
    ).toEqual([
      {
        username: 'secretariat',
        pepper: null,
        must_change_password: 0,
        disabled_at: null,
        disabled_by: null,
      },
    ]);
    expect(() => db.prepare("UPDATE staff_accounts SET pepper = 'keychain'").run()).toThrow(
      /CHECK constraint failed/,
    );
    db.close();
  });
});
