// The staff_accounts table (S-SEC-1): every statement the console's staff modules run on it.
import type { StaffAccountView, StaffIdentity } from '../../shared/console-views';
import type { PepperKind } from '../accounts/demo-password-pepper';
import type { KioskDatabase } from '../database/open-database';
import type { StoredStaffPassword } from './staff-password-hashing';

export interface StaffRow extends StoredStaffPassword {
  id: string;
  username: string;
  display_name: string;
  disabled_at: string | null;
  must_change_password: 0 | 1;
}

export interface NewStaffRow {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  pepper: PepperKind;
  createdAt: string;
  createdBy: string | null;
  lastLoginAt: string | null;
  mustChangePassword: boolean;
}

const ROW_COLUMNS =
  'id, username, display_name, password_hash, pepper, disabled_at, must_change_password';

export const identityOf = (row: StaffRow): StaffIdentity => ({
  staffId: row.id,
  displayName: row.display_name,
  mustChangePassword: row.must_change_password === 1,
});

export function createStaffAccountRecords(db: KioskDatabase) {
  const count = db.prepare('SELECT count(*) AS n FROM staff_accounts');
  const countEnabled = db.prepare(
    'SELECT count(*) AS n FROM staff_accounts WHERE disabled_at IS NULL',
  );
  const byId = db.prepare(`SELECT ${ROW_COLUMNS} FROM staff_accounts WHERE id = ?`);
  const byUsername = db.prepare(`SELECT ${ROW_COLUMNS} FROM staff_accounts WHERE username = ?`);
  const insert = db.prepare(
    `INSERT INTO staff_accounts (id, username, display_name, password_hash, pepper, created_at,
                                 created_by, last_login_at, must_change_password)
     VALUES (@id, @username, @displayName, @passwordHash, @pepper, @createdAt, @createdBy,
             @lastLoginAt, @mustChangePassword)`,
  );
  // Only over the hash that was verified: a reset made meanwhile is never overwritten.
  const setPassword = db.prepare(
    `UPDATE staff_accounts SET password_hash = @newHash, pepper = @pepper,
            must_change_password = @mustChange
      WHERE id = @id AND password_hash = @oldHash`,
  );
  const markLogin = db.prepare('UPDATE staff_accounts SET last_login_at = ? WHERE id = ?');
  const disable = db.prepare(
    `UPDATE staff_accounts SET disabled_at = ?, disabled_by = ?
      WHERE id = ? AND disabled_at IS NULL`,
  );
  const enable = db.prepare(
    `UPDATE staff_accounts SET disabled_at = NULL, disabled_by = NULL
      WHERE id = ? AND disabled_at IS NOT NULL`,
  );
  const list = db.prepare(
    `SELECT s.id AS staffId, s.display_name AS displayName, s.username, s.created_at AS createdAt,
            c.display_name AS createdByName, s.last_login_at AS lastLoginAt,
            s.disabled_at AS disabledAt, s.must_change_password AS mustChangePassword
       FROM staff_accounts s LEFT JOIN staff_accounts c ON c.id = s.created_by
      ORDER BY s.disabled_at IS NOT NULL, s.display_name COLLATE NOCASE, s.username`,
  );

  return {
    any: (): boolean => (count.get() as { n: number }).n > 0,
    enabledCount: (): number => (countEnabled.get() as { n: number }).n,
    byId: (id: string) => byId.get(id) as StaffRow | undefined,
    byUsername: (username: string) => byUsername.get(username) as StaffRow | undefined,
    insert(row: NewStaffRow): void {
      insert.run({ ...row, mustChangePassword: row.mustChangePassword ? 1 : 0 });
    },
    /** False when the hash changed since `oldHash` was read. */
    setPassword(
      id: string,
      oldHash: string,
      next: { hash: string; pepper: PepperKind; mustChange: boolean },
    ): boolean {
      return (
        setPassword.run({
          id,
          oldHash,
          newHash: next.hash,
          pepper: next.pepper,
          mustChange: next.mustChange ? 1 : 0,
        }).changes === 1
      );
    },
    markLogin: (id: string, at: string): void => void markLogin.run(at, id),
    /** True when it was enabled and is now disabled. */
    disable: (id: string, at: string, by: string): boolean => disable.run(at, by, id).changes === 1,
    /** True when it was disabled and is now enabled. */
    enable: (id: string): boolean => enable.run(id).changes === 1,
    list(viewerId: string): StaffAccountView[] {
      return (
        list.all() as (Omit<StaffAccountView, 'mustChangePassword' | 'isSelf'> & {
          mustChangePassword: number;
        })[]
      ).map((row) => ({
        ...row,
        mustChangePassword: row.mustChangePassword === 1,
        isSelf: row.staffId === viewerId,
      }));
    },
  };
}

export type StaffAccountRecords = ReturnType<typeof createStaffAccountRecords>;
