// The preview a connection's staging holds, waiting to be applied. It lives where the staging
// lives, in the connection's TEMP schema: one pending preview per connection, gone with the
// connection, and no module-level map to keep in step with it.
import type { KioskDatabase } from '../database/open-database';
import type { RosterSchoolInfo } from './roster-import';
import type { StagedTotals } from './staging/count-staged-roster';
import { dropStagingTables } from './staging/roster-staging-tables';

export interface PendingRosterPreview {
  token: string;
  school: RosterSchoolInfo & { name: string | null };
  /** What the staging holds, counted by the preview (the apply does not change the staging). */
  totals: StagedTotals;
}

const ensureTable = (db: KioskDatabase) =>
  db.exec(
    'CREATE TEMP TABLE IF NOT EXISTS roster_pending_preview (token TEXT PRIMARY KEY, preview TEXT NOT NULL)',
  );

/** Makes `preview` the connection's one pending preview. */
export function rememberPendingPreview(db: KioskDatabase, preview: PendingRosterPreview): void {
  ensureTable(db);
  db.prepare('DELETE FROM temp.roster_pending_preview').run();
  db.prepare('INSERT INTO temp.roster_pending_preview (token, preview) VALUES (?, ?)').run(
    preview.token,
    JSON.stringify(preview),
  );
}

/** The pending preview of this token, or undefined when another replaced it or none is pending. */
export function pendingPreviewOf(
  db: KioskDatabase,
  token: string,
): PendingRosterPreview | undefined {
  ensureTable(db);
  const json = db
    .prepare('SELECT preview FROM temp.roster_pending_preview WHERE token = ?')
    .pluck()
    .get(token) as string | undefined;
  return json === undefined ? undefined : (JSON.parse(json) as PendingRosterPreview);
}

export function forgetPendingPreview(db: KioskDatabase): void {
  db.exec('DROP TABLE IF EXISTS temp.roster_pending_preview');
}

/** Forgets the pending preview of this database and frees its staging. */
export function discardRosterImport(db: KioskDatabase): void {
  if (!db.open) return;
  forgetPendingPreview(db);
  dropStagingTables(db);
}
