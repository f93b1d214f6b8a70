import type { IssuedIdentifier } from '../../shared/desk-view';
import type { AccountCreator } from '../accounts/account-creator';
import type { IdentifierAllocator } from '../accounts/identifier-allocator';
import type { PasswordHasher } from '../accounts/password-hasher';
import { serviceNamesOf } from '../accounts/password-policy';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import type { Journal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import { staffActor, type StaffIdentity } from './desk-staff';
import { generateTemporaryPassword } from './temporary-password';

export type IssueOutcome =
  /** The login address is the settings' (desk-handlers.ts adds it). */
  | { ok: true; issued: Omit<IssuedIdentifier, 'loginUrl'> }
  | { ok: false; code: 'GUARDIAN_NOT_FOUND' | 'GUARDIAN_ALREADY_ACTIVATED' | 'GUARDIAN_NOT_LEGAL' };

export interface IssueIdentifierDeps {
  db: KioskDatabase;
  journal: Journal;
  clock: Clock;
  hasher: PasswordHasher;
  allocateIdentifier: IdentifierAllocator;
  createAccount: AccountCreator;
  /** settings.serviceName: the temporary password must not contain it either (S-PWD-2). */
  serviceName: string;
  randomInt?: (min: number, max: number) => number;
}

interface GuardianRow {
  id: number;
  first_name: string;
  family_name: string;
  usage_name: string | null;
  account_id: string | null;
  gone_at: string | null;
  school_name: string | null;
}

interface ChildRow {
  id: number;
  first_name: string;
  family_name: string;
  usage_name: string | null;
}

type Checked =
  | { ok: true; guardian: GuardianRow; children: ChildRow[] }
  | { ok: false; code: 'GUARDIAN_NOT_FOUND' | 'GUARDIAN_ALREADY_ACTIVATED' | 'GUARDIAN_NOT_LEGAL' };

/**
 * The desk's "issue the identifier with a temporary password": for a guardian whose identity the
 * secretary checked and who cannot activate by SMS. Creates the account as activation does
 * (identifier allocation, the guardian's enrolled children at legal level 1, scrypt hash), marks
 * it must_change_password so the parent picks their own at the first login, and journals it
 * under the staff member's name — all in one transaction. The temporary password leaves only in
 * the returned value, for the letter (S-PWD-4: never stored in clear, logged or journaled).
 */
export function createIdentifierIssuer(deps: IssueIdentifierDeps) {
  const { db, journal, clock } = deps;
  const guardianById = db.prepare(
    `SELECT g.id, g.first_name, g.family_name, g.usage_name, g.account_id, g.gone_at,
            s.name AS school_name
       FROM guardians g JOIN schools s ON s.uai = g.school_uai WHERE g.id = ?`,
  );
  const childrenOf = db.prepare(
    `SELECT s.id, s.first_name, s.family_name, s.usage_name
       FROM guardian_students gs JOIN students s ON s.id = gs.student_id
      WHERE gs.guardian_id = ? AND gs.legal_level = 1 AND s.enrolled = 1 AND s.gone_at IS NULL
      ORDER BY s.birth_date, s.id`,
  );
  const mustChange = db.prepare('UPDATE accounts SET must_change_password = 1 WHERE id = ?');

  const check = (guardianId: number): Checked => {
    const guardian = guardianById.get(guardianId) as GuardianRow | undefined;
    if (!guardian || guardian.gone_at !== null) return { ok: false, code: 'GUARDIAN_NOT_FOUND' };
    if (guardian.account_id !== null) return { ok: false, code: 'GUARDIAN_ALREADY_ACTIVATED' };
    const children = childrenOf.all(guardianId) as ChildRow[];
    if (children.length === 0) return { ok: false, code: 'GUARDIAN_NOT_LEGAL' };
    return { ok: true, guardian, children };
  };

  return async function issueIdentifier(
    staff: StaffIdentity,
    guardianId: number,
  ): Promise<IssueOutcome> {
    const first = check(guardianId);
    if (!first.ok) return first;
    const name = { firstName: first.guardian.first_name, lastName: first.guardian.family_name };
    const personalNames = [first.guardian, ...first.children].flatMap((p) =>
      [p.first_name, p.family_name, p.usage_name].filter((n): n is string => n !== null),
    );
    const temporaryPassword = generateTemporaryPassword(
      {
        identifier: deps.allocateIdentifier(name, [guardianId]),
        personalNames,
        serviceNames: serviceNamesOf(deps.serviceName),
      },
      deps.randomInt,
    );
    // scrypt is asynchronous: hash before the (synchronous) transaction, then check again.
    const passwordHash = await deps.hasher.hash(temporaryPassword);
    return inTransaction(db, (): IssueOutcome => {
      const checked = check(guardianId);
      if (!checked.ok) return checked;
      const now = clock.now();
      const identifier = deps.allocateIdentifier(name, [guardianId]);
      const accountId = deps.createAccount(
        {
          identifier,
          firstName: checked.guardian.first_name,
          passwordHash,
          guardianIds: [guardianId],
          studentIds: checked.children.map((c) => c.id),
          flowId: null,
          actor: staffActor(staff),
        },
        now,
      );
      mustChange.run(accountId);
      journal.record({
        at: now,
        type: 'account.issued-at-desk',
        entityId: accountId,
        payload: { accountId, mustChangePassword: true },
        audit: {
          actor: staffActor(staff),
          guardianId,
          details: { staffName: staff.displayName, accountId, identifier },
        },
      });
      return {
        ok: true,
        issued: {
          identifier,
          temporaryPassword,
          guardianFirstName: checked.guardian.first_name,
          guardianFamilyName: checked.guardian.family_name,
          childrenFirstNames: checked.children.map((c) => c.first_name),
          schoolName: checked.guardian.school_name,
          issuedAt: now.toISOString(),
        },
      };
    });
  };
}

export type IdentifierIssuer = ReturnType<typeof createIdentifierIssuer>;
