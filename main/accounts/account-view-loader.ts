import type { AccountView } from '../../shared/account-view';
import type { KioskDatabase } from '../database/open-database';

/** The account reads the screens need, each statement prepared once. */
export function createAccountReader(db: KioskDatabase) {
  const selectAccount = db.prepare(
    'SELECT identifier, first_name, must_change_password FROM accounts WHERE id = ?',
  );
  const selectChildren = db.prepare(
    `SELECT s.first_name AS firstName, s.class_name AS className
       FROM account_students a JOIN students s ON s.id = a.student_id
      WHERE a.account_id = ? AND s.enrolled = 1 AND s.gone_at IS NULL
        AND EXISTS (SELECT 1 FROM guardian_students gs JOIN guardians g ON g.id = gs.guardian_id
                     WHERE gs.student_id = s.id AND gs.legal_level = 1
                       AND g.account_id = a.account_id)
      ORDER BY s.first_name, s.id`,
  );
  const read = (accountId: string) =>
    selectAccount.get(accountId) as
      { identifier: string; first_name: string; must_change_password: number } | undefined;
  const names = (accountId: string): { identifier: string; firstName: string } | null => {
    const row = read(accountId);
    return row ? { identifier: row.identifier, firstName: row.first_name } : null;
  };

  return {
    /** Identifier and first name (the activation's last screen). */
    names,
    /**
     * A logged-in parent's screen: first name, identifier, confirmed children by first name and
     * class. Only the children the roster still backs: enrolled, and with a current legal (level
     * 1) link to one of the account's guardians. After an import removes the link or the student
     * leaves, the child is no longer shown (account_students keeps the history).
     */
    view(accountId: string): AccountView | null {
      const row = read(accountId);
      if (!row) return null;
      const children = selectChildren.all(accountId) as {
        firstName: string;
        className: string | null;
      }[];
      return {
        identifier: row.identifier,
        firstName: row.first_name,
        children,
        mustChangePassword: row.must_change_password === 1,
      };
    },
  };
}

export type AccountReader = ReturnType<typeof createAccountReader>;
