import { existsSync, mkdirSync } from 'node:fs';
import { databasePath } from '../database/database-location';
import { openDatabase, type KioskDatabase } from '../database/open-database';
import { DatabaseTooNewError } from '../database/run-migrations';

export type OpenedImportDatabase =
  | { ok: true; db: KioskDatabase; file: string }
  /** One English line: what failed, why, what to do. */
  | { ok: false; message: string };

const NOT_CHANGED = 'the roster was not changed';

// Node's fs error codes a person can act on, in words.
const FS_REASONS: Record<string, string> = {
  ENOTDIR: 'part of the path is a file, not a directory',
  EEXIST: 'a file of that name is in the way',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

const reasonOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FS_REASONS[code] !== undefined) return FS_REASONS[code];
  return error instanceof Error ? error.message : String(error);
};

/**
 * Opens the database of the kiosk in `dataDir` for an import, creating the directory and the
 * database when needed. A dry run against a kiosk that has no database yet gets an empty
 * in-memory one instead, so that checking files never creates a kiosk. Failures come back as
 * a message, never thrown: they are the operator's to fix, not a bug.
 */
export function openImportDatabase(
  dataDir: string,
  { dryRun }: { dryRun: boolean },
): OpenedImportDatabase {
  const file = databasePath(dataDir);
  if (dryRun && !existsSync(file)) return { ok: true, db: openDatabase(':memory:'), file };
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    return {
      ok: false,
      message:
        `cannot create the data directory ${dataDir} (${reasonOf(error)}): ` +
        `choose another --data-dir or fix the path; ${NOT_CHANGED}`,
    };
  }
  try {
    return { ok: true, db: openDatabase(file), file };
  } catch (error) {
    if (error instanceof DatabaseTooNewError) {
      return {
        ok: false,
        message:
          `the database ${file} is at schema version ${error.found}, newer than this version of ` +
          `the kiosk knows (${error.supported}): import with the kiosk version that upgraded it, ` +
          `or restore a backup; ${NOT_CHANGED}`,
      };
    }
    return {
      ok: false,
      message:
        `cannot open the database ${file} (${reasonOf(error)}): check that --data-dir is the ` +
        `kiosk's data directory and that this user may write it; ${NOT_CHANGED}`,
    };
  }
}

/** The line for a database that failed while the import was being written (rolled back). */
export function describeWriteFailure(file: string, error: Error): string {
  return (
    `cannot write the database ${file} (${reasonOf(error)}): check the free disk space and ` +
    `that this user may write it, then import again; ${NOT_CHANGED}`
  );
}
