// S-PWD-3: the kiosk creates a password pepper only while no hash depends on one (README
// "Secrets"); staff accounts count unless they were made on the published demo pepper.
import { describe, expect, it } from 'vitest';
import { hasAccounts } from '../../../main/accounts/has-accounts';
import { openDatabase } from '../../../main/database/open-database';

describe('hasAccounts', () => {
  it('counts staff accounts on the school’s (or an unrecorded) pepper, not on the demo one', () => {
    const db = openDatabase(':memory:');
    const addStaff = (id: string, pepper: string | null) =>
      db
        .prepare(
          `INSERT INTO staff_accounts (id, username, display_name, password_hash, pepper, created_at)
           VALUES (?, ?, 'Martine Durand', 'scrypt$1$1$1$AA==$AA==', ?, '2025-10-06T08:00:00.000Z')`,
        )
        .run(id, `user-${id}`, pepper);
    expect(hasAccounts(db)).toBe(false);
    addStaff('demo-made', 'demo');
    expect(hasAccounts(db)).toBe(false);
    addStaff('older', null);
    expect(hasAccounts(db)).toBe(true);
    db.prepare("DELETE FROM staff_accounts WHERE id = 'older'").run();
    addStaff('school-made', 'school');
    expect(hasAccounts(db)).toBe(true);
    db.close();
  });
});
