import type { KioskDatabase } from '../database/open-database';
import { createJournal } from '../journal/journal';

export const DAY_MS = 24 * 3600 * 1000;

export interface PurgeReport {
  students: number;
  guardians: number;
  /** Disabled accounts left with no guardian row at all. */
  accounts: number;
}

/**
 * S-DATA-2: deletes the students and guardians that have been gone from the roster (absent from
 * every import since) for longer than the grace period, with their links, consents and
 * wrong-link reports (cascades), then the disabled accounts no guardian row refers to any more
 * (flows that named them keep no reference). Call inside a transaction. Writes a journal entry
 * (counts only) when anything was deleted.
 */
export function purgeGoneRoster(
  db: KioskDatabase,
  { now, graceDays, actor }: { now: Date; graceDays: number; actor: string },
): PurgeReport {
  const cutoff = new Date(now.getTime() - graceDays * DAY_MS).toISOString();
  const students = db
    .prepare('DELETE FROM students WHERE gone_at IS NOT NULL AND gone_at <= ?')
    .run(cutoff).changes;
  const guardians = db
    .prepare('DELETE FROM guardians WHERE gone_at IS NOT NULL AND gone_at <= ?')
    .run(cutoff).changes;
  let accounts = 0;
  if (guardians > 0) {
    const orphaned = `SELECT id FROM accounts WHERE disabled_at IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM guardians g WHERE g.account_id = accounts.id)`;
    db.prepare(`UPDATE flows SET account_id = NULL WHERE account_id IN (${orphaned})`).run();
    accounts = db.prepare(`DELETE FROM accounts WHERE id IN (${orphaned})`).run().changes;
  }
  const report = { students, guardians, accounts };
  if (students + guardians + accounts > 0) {
    createJournal(db).record({
      at: now,
      type: 'roster.purged',
      entityId: 'roster',
      payload: { ...report, graceDays },
      audit: { actor, details: { ...report, graceDays } },
    });
  }
  return report;
}
