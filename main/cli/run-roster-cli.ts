import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { ConfigError, loadKioskConfig } from '../config/kiosk-config';
import { databasePath } from '../database/database-location';
import { openDatabase } from '../database/open-database';
import { systemClock, type Clock } from '../platform/clock';
import {
  applyRosterImport,
  discardRosterImport,
  previewRosterImport,
  type RosterImportInput,
  type RosterPreview,
} from '../roster/roster-import';
import type { OndeSchool } from '../roster/onde/build-onde-snapshot';
import type { RosterProblem } from '../roster/roster-problem';
import { isCsvPath, isUai, normaliseTypedUai } from '../../shared/roster-rules';
import { readRosterSource } from '../roster/roster-source';
import { formatGoLiveSteps, formatImportSummary, formatProblems } from './format-import-report';
import { createConsoleSetupCodes, setupCodeLine } from '../staff/console-setup-code';
import { describeWriteFailure, openImportDatabase } from './open-import-database';

export interface RosterCliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  clock?: Clock;
}

export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;
export const EXIT_DATA_DIR = 3;
export const EXIT_INTERNAL = 4;

export const ROSTER_CLI_HELP = `Usage: npm run roster -- import <students> <guardians> --data-dir DIR [--dry-run]
       npm run roster -- import <eleves.csv> <responsables.csv> --uai UAI [--school-name NAME] --data-dir DIR [--dry-run]

Imports a school's roster from its two SIECLE exports (collèges, lycées: ElevesSansAdresses.xml
and ResponsablesAvecAdresses.xml, or the zips the export tool produces, e.g.
ExportXML_ElevesSansAdresses.zip, or one zip holding both) or its two ONDE exports (écoles: the
students list and the guardians extraction, .csv), in any order. The import is all-or-nothing:
when a file has a blocking problem nothing is changed. Importing the same files again changes
nothing. A newer export updates people in place; people no longer in it are marked gone, their
accounts disabled, and deleted after KIOSK_ROSTER_PURGE_GRACE_DAYS days unless they come back.
Importing a real roster removes the demo roster.

Options:
  --data-dir DIR      the kiosk's data directory (or set KIOSK_DATA_DIR); the database is DIR/kiosk.db
  --uai UAI           ONDE only (required): the school's id, 7 digits and a letter (e.g. 0751234A);
                      ONDE files do not carry it
  --school-name NAME  ONDE only (optional): the school's name, kept with its roster
  --dry-run           check the files and print the report without writing anything
  -h, --help          show this help

Exit status:
  0  imported (with --dry-run: the files are valid and nothing was written)
  1  import rejected: the files have blocking problems, listed; nothing was changed
  2  wrong command line (unknown option, file not found, no data directory, invalid setting)
  3  the data directory or its database could not be created, opened or written (for example
     a database made by a newer kiosk version); the roster was not changed
  4  internal error: please report it with the lines printed`;

/** The roster command's flags: it parses with this table, and the documentation's test checks against it. */
export const ROSTER_CLI_OPTIONS = {
  'data-dir': { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  uai: { type: 'string' },
  'school-name': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The roster command; returns the process exit code. Kept apart from the entry file for tests. */
export async function runRosterCli(argv: readonly string[], io: RosterCliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: ROSTER_CLI_OPTIONS,
    });
  } catch (error) {
    return usageError(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(ROSTER_CLI_HELP);
    return EXIT_OK;
  }
  const [command, ...files] = positionals;
  if (command !== 'import') {
    return usageError(
      io,
      command === undefined ? 'no command given' : `unknown command "${command}"`,
    );
  }
  if (files.length < 1 || files.length > 2) {
    return usageError(
      io,
      `expected the students and guardians files (or one zip holding both), got ${files.length}`,
    );
  }

  const missing = files.find((file) => !existsSync(file));
  if (missing !== undefined) return usageError(io, `file not found: ${missing}`);
  const school = ondeSchoolOf(files, values.uai, values['school-name']);
  if (typeof school === 'string') return usageError(io, school);
  const dataDir = values['data-dir'] ?? io.env.KIOSK_DATA_DIR;
  if (!dataDir)
    return usageError(io, 'no data directory: pass --data-dir DIR or set KIOSK_DATA_DIR');

  try {
    return await importIntoDataDir(files, school, dataDir, values['dry-run'], io);
  } catch (error) {
    // A bug, not the operator's doing: say so first, then give what a report needs.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`roster: internal error (please report it with what follows): ${message}`);
    if (error instanceof Error && error.stack) io.stderr(error.stack);
    return EXIT_INTERNAL;
  }
}

/**
 * Checks the files first, and only then creates the data directory or opens the database: files
 * that are refused leave a kiosk that had none without one (they are checked against a
 * throwaway database in a temporary directory).
 */
async function importIntoDataDir(
  files: readonly string[],
  ondeSchool: OndeSchool | null,
  dataDir: string,
  dryRun: boolean,
  io: RosterCliIo,
): Promise<number> {
  let graceDays: number;
  try {
    graceDays = loadKioskConfig(dataDir, io.env).settings.rosterPurgeGraceDays;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return usageError(io, error.message);
  }
  const input: RosterImportInput = { kind: 'files', paths: files, ondeSchool };
  if (!existsSync(databasePath(dataDir))) {
    const scratch = mkdtempSync(join(tmpdir(), 'roster-check-'));
    const db = openDatabase(join(scratch, 'check.db'));
    try {
      const preview = await previewRosterImport(db, input);
      if (!preview.importable) return rejected(io, preview.problems);
      if (dryRun) return reportPreview(io, preview);
    } finally {
      discardRosterImport(db);
      db.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  const opened = openImportDatabase(dataDir, { dryRun });
  if (!opened.ok) {
    io.stderr(`roster: ${opened.message}`);
    return EXIT_DATA_DIR;
  }
  const { db, file } = opened;
  try {
    // Before this import the kiosk ran on the demo roster or none: it is not set up for real yet.
    const loaded = readRosterSource(db);
    const firstRealRoster = loaded !== 'siecle' && loaded !== 'onde';
    const preview = await previewRosterImport(db, input);
    if (!preview.importable) return rejected(io, preview.problems);
    if (dryRun) return reportPreview(io, preview);
    let summary;
    try {
      summary = applyRosterImport(db, preview.token, {
        clock: io.clock ?? systemClock,
        actor: 'cli',
        purgeGraceDays: graceDays,
      });
    } catch (error) {
      // Disk full, read-only file, locked too long: the transaction was rolled back.
      if (!(error instanceof Database.SqliteError)) throw error;
      io.stderr(`roster: ${describeWriteFailure(file, error)}`);
      return EXIT_DATA_DIR;
    }
    for (const line of formatImportSummary(summary, { dryRun, graceDays })) io.stdout(line);
    for (const line of formatProblems('Warnings', preview.problems)) io.stdout(line);
    if (firstRealRoster && summary.source !== 'demo') {
      for (const line of formatGoLiveSteps()) io.stdout(line);
    }
    // S-SEC-1: until the console has its first account, whoever imports (the school) gets the
    // code that claims it; it replaces the one of the kiosk's start-up log.
    const setupCode = createConsoleSetupCodes(db).issue('cli', (io.clock ?? systemClock).now());
    if (setupCode) io.stdout(setupCodeLine(setupCode));
    return EXIT_OK;
  } finally {
    discardRosterImport(db);
    db.close();
  }
}

function rejected(io: RosterCliIo, problems: readonly RosterProblem[]): number {
  io.stderr('Import rejected: nothing was changed.');
  for (const line of formatProblems('Problems', problems)) io.stderr(line);
  return EXIT_REJECTED;
}

function reportPreview(io: RosterCliIo, preview: RosterPreview): number {
  if (preview.outcome === null) throw new Error('an importable preview has an outcome');
  for (const line of formatImportSummary(preview.outcome, { dryRun: true })) io.stdout(line);
  for (const line of formatProblems('Warnings', preview.problems)) io.stdout(line);
  return EXIT_OK;
}

/**
 * The school of an ONDE import (.csv files), from --uai and --school-name; null for SIECLE
 * files, which name their school; or the usage error to print.
 */
function ondeSchoolOf(
  files: readonly string[],
  uai: string | undefined,
  schoolName: string | undefined,
): OndeSchool | null | string {
  if (!files.some(isCsvPath)) {
    return uai === undefined && schoolName === undefined
      ? null
      : '--uai and --school-name are for ONDE exports (.csv) only: SIECLE files name their school';
  }
  if (files.length !== 2) {
    return `expected the two ONDE exports (students and guardians .csv files), got ${files.length}`;
  }
  if (uai === undefined) {
    return 'ONDE exports (.csv) do not name their school: pass its UAI with --uai (e.g. --uai 0751234A)';
  }
  const normalised = normaliseTypedUai(uai);
  if (!isUai(normalised)) {
    return `--uai "${uai}" is not a school id (UAI: 7 digits and a letter, e.g. 0751234A)`;
  }
  return { uai: normalised, name: schoolName?.trim() || null };
}

function usageError(io: RosterCliIo, message: string): number {
  io.stderr(`roster: ${message}`);
  io.stderr('Run "npm run roster -- --help" for usage.');
  return EXIT_USAGE;
}
