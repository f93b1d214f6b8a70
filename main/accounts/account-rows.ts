import type { KioskDatabase } from '../database/open-database';

/** An account's own rows: the account and its links to guardian rows and children. */
export interface AccountRows {
  id: string;
  identifier: string;
  firstName: string;
  passwordHash: string;
  mustChangePassword: boolean;
  guardianIds: readonly number[];
  studentIds: readonly number[];
}

export class IdentifierTakenError extends Error {
  constructor(readonly identifier: string) {
    super(`Identifier ${identifier} is already taken`);
    this.name = 'IdentifierTakenError';
  }
}

const isUniqueIdentifierViolation = (error: unknown): boolean =>
  error instanceof Error &&
  (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
  error.message.includes('accounts.identifier');

/**
 * Writes an account and links it to its guardian rows and confirmed children: the one writer of
 * these rows, for an activation, the desk and an account pulled from the hub alike. Journals
 * nothing (its callers decide). Throws IdentifierTakenError, before anything else is written,
 * when another account holds the identifier.
 */
export function createAccountRowWriter(db: KioskDatabase) {
  const insertAccount = db.prepare(
    `INSERT INTO accounts (id, identifier, first_name, password_hash, must_change_password,
                           created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const linkGuardian = db.prepare('UPDATE guardians SET account_id = ? WHERE id = ?');
  // OR IGNORE: a child already linked (an account pulled twice from the hub) stays as it was.
  const linkStudent = db.prepare(
    `INSERT INTO account_students (account_id, student_id, confirmed_at) VALUES (?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  return function writeAccountRows(rows: AccountRows, now: Date): void {
    const at = now.toISOString();
    try {
      insertAccount.run(
        rows.id,
        rows.identifier,
        rows.firstName,
        rows.passwordHash,
        rows.mustChangePassword ? 1 : 0,
        at,
        at,
      );
    } catch (error) {
      if (isUniqueIdentifierViolation(error)) throw new IdentifierTakenError(rows.identifier);
      throw error;
    }
    for (const guardianId of rows.guardianIds) linkGuardian.run(rows.id, guardianId);
    for (const studentId of rows.studentIds) linkStudent.run(rows.id, studentId, at);
  };
}

export type AccountRowWriter = ReturnType<typeof createAccountRowWriter>;
