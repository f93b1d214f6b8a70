import type { KioskDatabase } from '../database/open-database';

export interface AccountRecord {
  id: string;
  identifier: string;
  password_hash: string;
  must_change_password: number;
  disabled_at: string | null;
}

/** A child a holder can be asked about: still enrolled and still their legal (level 1) child. */
export interface CheckableChild {
  id: number;
  first_name: string;
  class_name: string | null;
  birth_date: string;
}

/**
 * The account reads that recovery and "Changer mon mot de passe" need, each statement prepared
 * once: the account, its guardian rows, the mobile the school has for it, the children whose
 * birth date may be asked, the names a password must not contain (S-PWD-2).
 */
export function createAccountRecords(db: KioskDatabase) {
  const columns = 'id, identifier, password_hash, must_change_password, disabled_at';
  const byIdentifier = db.prepare(`SELECT ${columns} FROM accounts WHERE identifier = ?`);
  const byId = db.prepare(`SELECT ${columns} FROM accounts WHERE id = ?`);
  const guardianIds = db.prepare('SELECT id FROM guardians WHERE account_id = ? ORDER BY id');
  const mobile = db.prepare(
    `SELECT mobile_e164 FROM guardians WHERE account_id = ? AND mobile_e164 IS NOT NULL
      ORDER BY id LIMIT 1`,
  );
  // Same rule as the account screen's children (account-view-loader.ts).
  const children = db.prepare(
    `SELECT s.id, s.first_name, s.class_name, s.birth_date
       FROM account_students a JOIN students s ON s.id = a.student_id
      WHERE a.account_id = ? AND s.enrolled = 1
        AND EXISTS (SELECT 1 FROM guardian_students gs JOIN guardians g ON g.id = gs.guardian_id
                     WHERE gs.student_id = s.id AND gs.legal_level = 1
                       AND g.account_id = a.account_id)
      ORDER BY s.first_name, s.id`,
  );
  const names = db.prepare(
    `SELECT first_name, family_name, usage_name FROM guardians WHERE account_id = ?
     UNION ALL
     SELECT s.first_name, s.family_name, s.usage_name
       FROM account_students a JOIN students s ON s.id = a.student_id WHERE a.account_id = ?`,
  );

  return {
    byIdentifier: (identifier: string) => byIdentifier.get(identifier) as AccountRecord | undefined,
    byId: (accountId: string) => byId.get(accountId) as AccountRecord | undefined,
    guardianIdsOf: (accountId: string): number[] =>
      (guardianIds.all(accountId) as { id: number }[]).map((row) => row.id),
    /** The mobile of the account's lowest guardian row that has one (the roster's, not typed). */
    mobileOf: (accountId: string): string | null =>
      (mobile.get(accountId) as { mobile_e164: string } | undefined)?.mobile_e164 ?? null,
    checkableChildrenOf: (accountId: string) => children.all(accountId) as CheckableChild[],
    /** The guardian's and children's first, family and usage names (S-PWD-2). */
    personalNamesOf(accountId: string): string[] {
      const rows = names.all(accountId, accountId) as {
        first_name: string;
        family_name: string;
        usage_name: string | null;
      }[];
      return rows.flatMap((p) => [p.first_name, p.family_name, p.usage_name ?? '']);
    },
  };
}

export type AccountRecords = ReturnType<typeof createAccountRecords>;
