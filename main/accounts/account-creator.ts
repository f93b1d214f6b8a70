import { randomUUID } from 'node:crypto';
import type { KioskDatabase } from '../database/open-database';
import type { Journal } from '../journal/journal';
import { createAccountRowWriter } from './account-rows';

// Its callers (the activation) catch it from here.
export { IdentifierTakenError } from './account-rows';

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

/**
 * Writes a new account, links the guardian's roster rows and the confirmed children, and
 * journals 'account.created' (never the hash). Call inside the step's transaction so the
 * account and its event land together. Throws IdentifierTakenError when another account got
 * the identifier first (a synced kiosk), before anything else was written.
 */
export function createAccountCreator(db: KioskDatabase, journal: Journal) {
  const writeAccountRows = createAccountRowWriter(db);
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
    writeAccountRows(
      {
        id,
        identifier: account.identifier,
        firstName: account.firstName,
        passwordHash: account.passwordHash,
        mustChangePassword: false,
        guardianIds: account.guardianIds,
        studentIds: account.studentIds,
      },
      now,
    );
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
