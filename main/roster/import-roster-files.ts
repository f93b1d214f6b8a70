import type { KioskDatabase } from '../database/open-database';
import type { Clock } from '../platform/clock';
import { applyRosterSnapshot, type ImportSummary } from './apply-roster-snapshot';
import { RosterImportError } from './roster-import-error';
import type { RosterProblem } from './roster-problem';
import type { RosterSnapshot } from './roster-snapshot';
import { readSieclePair } from './siecle/read-siecle-pair';
import type { OndeSchool } from './onde/build-onde-snapshot';
import { isCsvPath, readOndeRoster } from './onde/read-onde-roster';

export interface ImportRosterFilesOptions {
  clock: Clock;
  /** Read, validate and compute the summary, then roll back: nothing is kept. */
  dryRun?: boolean;
  actor?: string;
}

/** What the files cannot say: the school of ONDE exports (their UAI is not in them). */
export interface ReadRosterFilesOptions {
  ondeSchool?: OndeSchool | null;
}

/** A roster read from its files and found importable, with the warnings to report. */
export interface CheckedRoster {
  snapshot: RosterSnapshot;
  problems: RosterProblem[];
}

// Thrown inside the dry run's transaction so that better-sqlite3 rolls it back.
class DryRunRollback extends Error {}

/**
 * Reads and checks a SIECLE students file and guardians file (in any order) without any
 * database, so that a caller can refuse bad files before creating one; .csv files are an ONDE
 * pair instead, for `ondeSchool`. Throws RosterImportError when a problem is fatal.
 */
export async function readRosterFiles(
  paths: readonly string[],
  { ondeSchool = null }: ReadRosterFilesOptions = {},
): Promise<CheckedRoster> {
  const { snapshot, problems } = paths.some(isCsvPath)
    ? await readOndeRoster(paths, ondeSchool)
    : await readSieclePair(paths);
  if (snapshot === null) throw new RosterImportError(problems);
  return { snapshot, problems };
}

/**
 * Applies a checked roster in one transaction and returns the summary with the warnings; on a
 * dry run computes the same summary, then rolls back.
 */
export function writeCheckedRoster(
  db: KioskDatabase,
  { snapshot, problems }: CheckedRoster,
  { clock, dryRun = false, actor = 'cli' }: ImportRosterFilesOptions,
): { summary: ImportSummary; problems: RosterProblem[] } {
  if (!dryRun) return { summary: applyRosterSnapshot(db, snapshot, { clock, actor }), problems };

  let summary: ImportSummary | null = null;
  try {
    db.transaction(() => {
      summary = applyRosterSnapshot(db, snapshot, { clock, actor });
      throw new DryRunRollback();
    })();
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  if (summary === null) throw new Error('dry run produced no summary');
  return { summary, problems };
}

/**
 * Imports a SIECLE students file and guardians file (in any order). Throws RosterImportError,
 * having written nothing, when a problem is fatal; otherwise applies the roster in one
 * transaction and returns the summary with the warnings.
 */
export async function importRosterFiles(
  db: KioskDatabase,
  paths: readonly string[],
  options: ImportRosterFilesOptions & ReadRosterFilesOptions,
): Promise<{ summary: ImportSummary; problems: RosterProblem[] }> {
  return writeCheckedRoster(db, await readRosterFiles(paths, options), options);
}
