import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { databasePath } from '../database/database-location';
import { openDatabase } from '../database/open-database';
import { systemClock, type Clock } from '../platform/clock';
import { importRosterFiles } from '../roster/import-roster-files';
import { RosterImportError } from '../roster/roster-import-error';
import { formatImportSummary, formatProblems } from './format-import-report';

export interface RosterCliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  clock?: Clock;
}

export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;

export const ROSTER_CLI_HELP = `Usage: npm run roster -- import <students.xml> <guardians.xml> --data-dir DIR [--dry-run]

Imports a school's roster from its two SIECLE exports (ElevesSansAdresses.xml and
ResponsablesAvecAdresses.xml, in any order). The import is all-or-nothing: when a file has a
blocking problem nothing is changed. Importing the same files again changes nothing. Importing
a real roster removes the demo roster.

Options:
  --data-dir DIR  the kiosk's data directory (or set KIOSK_DATA_DIR); the database is DIR/kiosk.db
  --dry-run       check the files and print the report without writing anything
  -h, --help      show this help

Exit codes: 0 imported, 1 import rejected (see the problems), 2 wrong command line.`;

/** The roster command; returns the process exit code. Kept apart from the entry file for tests. */
export async function runRosterCli(argv: readonly string[], io: RosterCliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
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
  if (files.length !== 2) {
    return usageError(io, `expected two files (students and guardians), got ${files.length}`);
  }
  const missing = files.find((file) => !existsSync(file));
  if (missing !== undefined) return usageError(io, `file not found: ${missing}`);
  const dataDir = values['data-dir'] ?? io.env.KIOSK_DATA_DIR;
  if (!dataDir)
    return usageError(io, 'no data directory: pass --data-dir DIR or set KIOSK_DATA_DIR');

  const dryRun = values['dry-run'];
  const file = databasePath(dataDir);
  // A dry run against a kiosk that has no database yet must not create one: check the files
  // against an empty in-memory database instead.
  const dryRunOnNothing = dryRun && !existsSync(file);
  if (!dryRunOnNothing) mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(dryRunOnNothing ? ':memory:' : file);
  try {
    const { summary, problems } = await importRosterFiles(db, files, {
      clock: io.clock ?? systemClock,
      dryRun,
    });
    for (const line of formatImportSummary(summary, { dryRun })) io.stdout(line);
    for (const line of formatProblems('Warnings', problems)) io.stdout(line);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof RosterImportError)) throw error;
    io.stderr('Import rejected: nothing was changed.');
    for (const line of formatProblems('Problems', error.problems)) io.stderr(line);
    return EXIT_REJECTED;
  } finally {
    db.close();
  }
}

function usageError(io: RosterCliIo, message: string): number {
  io.stderr(`roster: ${message}`);
  io.stderr('Run "npm run roster -- --help" for usage.');
  return EXIT_USAGE;
}
