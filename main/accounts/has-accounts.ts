import type { KioskDatabase } from '../database/open-database';

/** Whether any account exists: its password hash then depends on the pepper in use (S-PWD-3). */
export function hasAccounts(db: KioskDatabase): boolean {
  const row = db.prepare('SELECT EXISTS (SELECT 1 FROM accounts) AS found').get() as {
    found: number;
  };
  return row.found === 1;
}
