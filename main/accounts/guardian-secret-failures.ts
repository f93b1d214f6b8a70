import type { KioskDatabase } from '../database/open-database';
import { MAX_GUARDIAN_FAILED_SECRETS } from '../flows/flow-limits';

/**
 * S-RATE-1: every wrong code, birth date or password counts against the guardian (all their
 * roster rows); at 100 consecutive failures the guardian is locked until the secretariat
 * unlocks them. A right secret resets the count.
 */
export function createGuardianSecretFailures(db: KioskDatabase) {
  const increment = db.prepare(
    `UPDATE guardians SET failed_secret_count = failed_secret_count + 1,
            locked_at = CASE WHEN locked_at IS NULL AND failed_secret_count + 1 >= ?
                             THEN ? ELSE locked_at END
      WHERE id = ?`,
  );
  const reset = db.prepare('UPDATE guardians SET failed_secret_count = 0 WHERE id = ?');
  const lockedCount = db.prepare(
    'SELECT count(*) AS n FROM guardians WHERE id IN (SELECT value FROM json_each(?)) AND locked_at IS NOT NULL',
  );

  const anyLocked = (guardianIds: readonly number[]): boolean =>
    (lockedCount.get(JSON.stringify(guardianIds)) as { n: number }).n > 0;

  return {
    /** Counts one failure for each guardian; true when one of them is (now) locked. */
    recordFailure(guardianIds: readonly number[], now: Date): boolean {
      for (const id of guardianIds)
        increment.run(MAX_GUARDIAN_FAILED_SECRETS, now.toISOString(), id);
      return anyLocked(guardianIds);
    },
    recordSuccess(guardianIds: readonly number[]): void {
      for (const id of guardianIds) reset.run(id);
    },
    anyLocked,
  };
}

export type GuardianSecretFailures = ReturnType<typeof createGuardianSecretFailures>;
