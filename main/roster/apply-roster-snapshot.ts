import type { KioskDatabase } from '../database/open-database';
import { RosterImportError } from './roster-import-error';
import {
  applyRosterImport,
  previewRosterSnapshot,
  type ApplyRosterImportOptions,
  type ImportSummary,
} from './roster-import';
import type { RosterSnapshot } from './roster-snapshot';

/**
 * Writes a school's roster held in memory (the bundled demo, a small school's ONDE export) in
 * ONE transaction, through the import engine (main/roster/roster-import.ts): upserts the school,
 * its students and guardians (by export id), makes its links exactly the snapshot's, marks the
 * people absent from it gone, and never touches an account's identifier or password. A real
 * roster replaces the demo one. Applying the same snapshot again changes no row and writes no
 * journal entry. Throws RosterImportError, having written nothing, on a fatal problem.
 */
export function applyRosterSnapshot(
  db: KioskDatabase,
  snapshot: RosterSnapshot,
  options: ApplyRosterImportOptions,
): ImportSummary {
  const preview = previewRosterSnapshot(db, snapshot);
  if (!preview.importable) throw new RosterImportError(preview.problems);
  return applyRosterImport(db, preview.token, options);
}
