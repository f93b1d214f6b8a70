// The one roster import engine, whatever the format: read into staging (nothing written to the
// kiosk's tables), preview counts and problems (preview-roster-import.ts), then apply in ONE
// transaction (apply-roster-import.ts). The CLI, the demo roster and the console's import
// screen all go through here.
import type { KioskDatabase } from '../database/open-database';
import { applyRosterImport } from './apply-roster-import';
import type { OndeSchool } from './onde/build-onde-snapshot';
import type { PurgeReport } from './purge-gone-roster';
import { previewRosterImport } from './preview-roster-import';
import { RosterImportError } from './roster-import-error';
import type { RosterProblem } from './roster-problem';
import type { RosterSnapshot } from './roster-snapshot';
import type { RosterImportCounts } from './staging/count-staged-roster';
import type { Clock } from '../platform/clock';

export { applyRosterImport } from './apply-roster-import';
export { discardRosterImport } from './pending-roster-preview';
export { StaleRosterPreviewError } from './roster-import-error';
export { previewRosterImport, previewRosterSnapshot } from './preview-roster-import';

/**
 * What to import:
 * - `files`: a school's two exports, told apart by their content, in any order. SIECLE
 *   (collèges, lycées): the students and guardians XML files or the export tool's zips (one zip
 *   may hold both). ONDE (écoles): the students and guardians .csv exports; as ONDE files do not
 *   name their school, `ondeSchool` must give its UAI (and optionally its name), otherwise the
 *   preview reports a fatal problem. Any .csv path makes the pair an ONDE one; `ondeSchool` is
 *   ignored for SIECLE files, which name their school.
 * - `snapshot`: a roster another reader built in memory (the bundled demo).
 */
export type RosterImportInput =
  | { kind: 'files'; paths: readonly string[]; ondeSchool?: OndeSchool | null }
  | { kind: 'snapshot'; snapshot: RosterSnapshot; problems?: readonly RosterProblem[] };

export interface RosterSchoolInfo {
  source: RosterSnapshot['source'];
  schoolUai: string;
  schoolYear: number | null;
}

/** What an import holds and does (preview: would do). */
export interface RosterImportOutcome extends RosterSchoolInfo, RosterImportCounts {
  /** The bundled demo roster is (would be) deleted because a real one arrived. */
  demoRosterRemoved: boolean;
  /** false when the database already holds exactly this roster: nothing is written. */
  changed: boolean;
}

export interface ImportSummary extends RosterImportOutcome {
  accountsDisabled: number;
  accountsEnabled: number;
  /** Gone longer than the grace period, deleted by this import (S-DATA-2). */
  purged: PurgeReport;
}

export interface RosterPreview {
  /** Pass to applyRosterImport; only the latest preview of a database can be applied. */
  token: string;
  /** false when a problem is fatal: nothing can be imported. */
  importable: boolean;
  /** null when not importable. */
  outcome: RosterImportOutcome | null;
  problems: RosterProblem[];
}

export interface ApplyRosterImportOptions {
  clock: Clock;
  /** Who asked, for the audit log: 'cli', 'kiosk', a staff account… */
  actor: string;
  /** Purge people gone longer than this many days in the same transaction; omitted: no purge. */
  purgeGraceDays?: number;
  /**
   * The roster came from the hub (another kiosk imported it): audited, but no 'roster.imported'
   * event, which the sync would push back to the hub as this kiosk's own import.
   */
  pulledFromHub?: boolean;
}

/**
 * Preview then apply in one call; throws RosterImportError (nothing written) on a fatal
 * problem. Returns the summary with the warnings.
 */
export async function importRoster(
  db: KioskDatabase,
  input: RosterImportInput,
  options: ApplyRosterImportOptions,
): Promise<{ summary: ImportSummary; problems: RosterProblem[] }> {
  const preview = await previewRosterImport(db, input);
  if (!preview.importable) throw new RosterImportError(preview.problems);
  return { summary: applyRosterImport(db, preview.token, options), problems: preview.problems };
}
