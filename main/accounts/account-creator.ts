import { randomUUID } from 'node:crypto';
import type { KioskDatabase } from '../database/open-database';
import type { Journal } from '../journal/journal';

export interface NewAccount {
  identifier: string;
  firstName: string;
  passwordHash: string;
  guardianIds: readonly number[];
  studentIds: readonly number[];
  /** The activation flow that created it; null when the secretariat issued it at the desk. */
  flowId: string | null;
  /** Who created it, for the audit log: 'kiosk' (the default) or 'staff:<id>'. */
  actor?: string;
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
 * Writes a new account, links the guardian's roster rows and the confirmed children, and
 * journals 'account.created' (never the hash). Call inside the step's transaction so the
 * account and its event land together. Throws IdentifierTakenError when another account got
 * the identifier first (a synced kiosk), before anything else was written.
 */
export function createAccountCreator(db: KioskDatabase, journal: Journal) {
  const insertAccount = db.prepare(
    `INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const linkGuardian = db.prepare('UPDATE guardians SET account_id = ? WHERE id = ?');
  const linkStudent = db.prepare(
    'INSERT INTO account_students (account_id, student_id, confirmed_at) VALUES (?, ?, ?)',
  );
  const refsOf = {
    guardians: db.prepare(
      `SELECT school_uai AS schoolUai, source_id AS sourceId FROM guardians
        WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    ),
    students: db.prepare(
      `SELECT school_uai AS schoolUai, source_id AS sourceId FROM students
        WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    ),
  };
  const refs = (table: keyof typeof refsOf, ids: readonly number[]) =>
    refsOf[table].all(JSON.stringify(ids)) as { schoolUai: string; sourceId: string }[];

  return function createAccount(account: NewAccount, now: Date): string {
    const id = randomUUID();
    const at = now.toISOString();
    try {
      insertAccount.run(id, account.identifier, account.firstName, account.passwordHash, at, at);
    } catch (error) {
      if (isUniqueIdentifierViolation(error)) throw new IdentifierTakenError(account.identifier);
      throw error;
    }
    for (const guardianId of account.guardianIds) linkGuardian.run(id, guardianId);
    for (const studentId of account.studentIds) linkStudent.run(id, studentId, at);
    journal.record({
      at: now,
      type: 'account.created',
      entityId: id,
      // What the school's other kiosks and the central service need to know the account. The
      // password hash stays out of the journal (S-PWD-4); the accounts table keeps it, so the
      // sync can carry credentials by its own, protected means.
      payload: {
        accountId: id,
        identifier: account.identifier,
        firstName: account.firstName,
        guardians: refs('guardians', account.guardianIds),
        students: refs('students', account.studentIds),
      },
      audit: {
        actor: account.actor ?? 'kiosk',
        guardianId: account.guardianIds[0] ?? null,
        details: { flowId: account.flowId, accountId: id },
      },
    });
    return id;
  };
}

export type AccountCreator = ReturnType<typeof createAccountCreator>;
