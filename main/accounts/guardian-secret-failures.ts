import type { KioskDatabase } from '../database/open-database';
import { MAX_GUARDIAN_FAILED_SECRETS } from '../policy/security-limits';
import type { Journal } from '../journal/journal';

interface CountedRow {
  school_uai: string;
  source_id: string;
  failed_secret_count: number;
  locked_at: string | null;
}

/**
 * S-RATE-1: every wrong code, birth date or password counts against the guardian (all their
 * roster rows); at 100 consecutive failures the guardian is locked until the secretariat
 * unlocks them. A right secret resets the count. Call inside the step's transaction: a lock is
 * also a sync event, since every kiosk of the school must refuse that guardian.
 */
export function createGuardianSecretFailures(db: KioskDatabase, journal: Journal) {
  const increment = db.prepare(
    `UPDATE guardians SET failed_secret_count = failed_secret_count + 1,
            locked_at = CASE WHEN locked_at IS NULL AND failed_secret_count + 1 >= ?
                             THEN ? ELSE locked_at END
      WHERE id = ?
      RETURNING school_uai, source_id, failed_secret_count, locked_at`,
  );
  // A locked guardian stays locked with their count: only the secretariat unlocks.
  const reset = db.prepare(
    'UPDATE guardians SET failed_secret_count = 0 WHERE id = ? AND locked_at IS NULL',
  );
  const lockedCount = db.prepare(
    'SELECT count(*) AS n FROM guardians WHERE id IN (SELECT value FROM json_each(?)) AND locked_at IS NOT NULL',
  );

  const anyLocked = (guardianIds: readonly number[]): boolean =>
    (lockedCount.get(JSON.stringify(guardianIds)) as { n: number }).n > 0;

  return {
    /** Counts one failure for each guardian; true when one of them is (now) locked. */
    recordFailure(guardianIds: readonly number[], now: Date): boolean {
      const at = now.toISOString();
      for (const id of guardianIds) {
        const row = increment.get(MAX_GUARDIAN_FAILED_SECRETS, at, id) as CountedRow | undefined;
        if (row?.locked_at === at && row.failed_secret_count === MAX_GUARDIAN_FAILED_SECRETS) {
          journal.record({
            at: now,
            type: 'guardian.locked',
            entityId: `${row.school_uai}:${row.source_id}`,
            payload: { schoolUai: row.school_uai, guardianSourceId: row.source_id, lockedAt: at },
            audit: {
              actor: 'kiosk',
              guardianId: id,
              details: { failedSecrets: MAX_GUARDIAN_FAILED_SECRETS },
            },
          });
        }
      }
      return anyLocked(guardianIds);
    },
    recordSuccess(guardianIds: readonly number[]): void {
      for (const id of guardianIds) reset.run(id);
    },
    anyLocked,
  };
}

export type GuardianSecretFailures = ReturnType<typeof createGuardianSecretFailures>;
