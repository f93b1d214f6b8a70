import { fail, ok, type Result } from '../../shared/result';
import { identifierKey } from '../accounts/login-service';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import type { Journal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import { staffActor, type StaffIdentity } from './require-staff';

/**
 * S-RATE-1: only the secretariat unlocks a guardian locked after too many wrong secrets
 * (guardian-secret-failures.ts). The count starts again from zero and the account's login
 * throttle is lifted too, so the parent can log in or activate at once. A sync event (the lock
 * was one) and an audit entry naming the staff member, in the same transaction.
 */
export function createGuardianUnlock(db: KioskDatabase, journal: Journal, clock: Clock) {
  const unlock = db.prepare(
    `UPDATE guardians SET locked_at = NULL, failed_secret_count = 0
      WHERE id = ? AND locked_at IS NOT NULL
      RETURNING school_uai, source_id, account_id`,
  );
  const exists = db.prepare('SELECT 1 FROM guardians WHERE id = ?');
  const identifierOf = db.prepare('SELECT identifier FROM accounts WHERE id = ?');
  const liftThrottle = db.prepare('DELETE FROM login_throttle WHERE identifier_key = ?');

  return function unlockGuardian(staff: StaffIdentity, guardianId: number): Result<true> {
    return inTransaction(db, () => {
      const row = unlock.get(guardianId) as
        { school_uai: string; source_id: string; account_id: string | null } | undefined;
      if (!row) {
        return exists.get(guardianId)
          ? fail('GUARDIAN_NOT_LOCKED', 'This guardian is not locked')
          : fail('GUARDIAN_NOT_FOUND', 'No such guardian');
      }
      const account = row.account_id
        ? (identifierOf.get(row.account_id) as { identifier: string } | undefined)
        : undefined;
      if (account) liftThrottle.run(identifierKey(account.identifier));
      const now = clock.now();
      journal.record({
        at: now,
        type: 'guardian.unlocked',
        entityId: `${row.school_uai}:${row.source_id}`,
        payload: { schoolUai: row.school_uai, guardianSourceId: row.source_id },
        audit: { actor: staffActor(staff), guardianId },
      });
      return ok(true as const);
    });
  };
}
