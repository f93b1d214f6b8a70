// The second half of an import: the previewed roster, applied in ONE transaction.
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import { reconcileMobileCorrections } from './reconcile-mobile-corrections';
import { createJournal } from '../journal/journal';
import { discardRosterImport, pendingPreviewOf } from './pending-roster-preview';
import { purgeGoneRoster } from './purge-gone-roster';
import { removeDemoRoster } from './remove-demo-roster';
import type { ApplyRosterImportOptions, ImportSummary } from './roster-import';
import { StaleRosterPreviewError } from './roster-import-error';
import { rosterRowWrites } from './roster-row-writes';
import { upsertSchool } from './roster-school-row';
import { readRosterSource, ROSTER_SOURCE_META_KEY } from './roster-source';
import { applyStagedRoster } from './staging/apply-staged-roster';

// Negative: KiB (32 MB), as SQLite's cache_size reads it. More was measured to gain nothing at
// académie scale, and the memory goes to the staging threads.
const APPLY_CACHE_SIZE = -32 * 1024;

/**
 * Applies the previewed roster in ONE transaction and frees the staging. Throws
 * StaleRosterPreviewError for a token that is not the pending one; nothing is written then.
 */
export function applyRosterImport(
  db: KioskDatabase,
  token: string,
  { clock, actor, purgeGraceDays, pulledFromHub = false }: ApplyRosterImportOptions,
): ImportSummary {
  const staged = pendingPreviewOf(db, token);
  if (staged === undefined) throw new StaleRosterPreviewError();
  // A large roster's apply looks up every staged row in the kiosk's indexes: give it the same
  // page cache as the staging for the length of the transaction.
  const cacheSize = db.pragma('main.cache_size', { simple: true }) as number;
  db.pragma(`main.cache_size = ${APPLY_CACHE_SIZE}`);
  try {
    return inTransaction(db, () => {
      const now = clock.now();
      const { school } = staged;
      const demoRosterRemoved =
        school.source !== 'demo' && readRosterSource(db) === 'demo' && removeDemoRoster(db);
      const schoolChanged = upsertSchool(db, school, now);
      const counts = applyStagedRoster(db, school.schoolUai, now, staged.totals);
      // Mobiles recorded at the desk: kept, confirmed or flagged against the new export's numbers.
      reconcileMobileCorrections(db, {
        schoolUai: school.schoolUai,
        now,
        actor,
        journal: createJournal(db),
      });
      const sourceChanged = readRosterSource(db) !== school.source;
      if (sourceChanged) {
        db.prepare(
          'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        ).run(ROSTER_SOURCE_META_KEY, school.source);
      }
      const purged =
        purgeGraceDays === undefined
          ? { students: 0, guardians: 0, accounts: 0 }
          : purgeGoneRoster(db, { now, graceDays: purgeGraceDays, actor });
      const rowWrites =
        rosterRowWrites(counts) +
        counts.accountsDisabled +
        counts.accountsEnabled +
        purged.students +
        purged.guardians;
      const changed = demoRosterRemoved || schoolChanged || sourceChanged || rowWrites > 0;
      const summary: ImportSummary = {
        source: school.source,
        schoolUai: school.schoolUai,
        schoolYear: school.schoolYear,
        ...counts,
        demoRosterRemoved,
        changed,
        purged,
      };
      if (changed) {
        db.prepare('UPDATE schools SET imported_at = ? WHERE uai = ?').run(
          now.toISOString(),
          school.schoolUai,
        );
        // Counts only: the journal is synced and must carry no personal data.
        const counted = { ...summary };
        if (pulledFromHub) createJournal(db).audit(now, actor, 'roster.imported', null, counted);
        else {
          createJournal(db).record({
            at: now,
            type: 'roster.imported',
            entityId: school.schoolUai,
            payload: counted,
            audit: { actor, details: counted },
          });
        }
      }
      return summary;
    });
  } finally {
    db.pragma(`main.cache_size = ${cacheSize}`);
    discardRosterImport(db);
  }
}
