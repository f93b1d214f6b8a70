import type { KioskDatabase } from '../database/open-database';

/**
 * Whether any password hash depends on the pepper in use (S-PWD-3): a parent account, or a staff
 * account not made on the published demo pepper (one made before schema version 9, whose pepper
 * is unrecorded, counts). The kiosk then never creates a new pepper in place of a lost one.
 */
export function hasAccounts(db: KioskDatabase): boolean {
  const row = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM accounts)
           OR EXISTS (SELECT 1 FROM staff_accounts WHERE pepper IS NOT 'demo') AS found`,
    )
    .get() as { found: number };
  return row.found === 1;
}
