// A SIECLE file is staged into a SQLite file of its own by the thread that reads it, so that
// parsing and writing one file run on one core while the other file goes on another; the
// files are then attached to the kiosk's connection for the checks, the counts and the apply.
// They sit in a private directory of the system's temp dir (0700, like SQLite's own temp
// files) and are deleted when the import is applied or abandoned.
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KioskDatabase } from '../../database/open-database';

const STAGING_DIR_PREFIX = 'kiosk-roster-staging-';
const ATTACHED_SCHEMA_PREFIX = 'staged_';
// A directory this old was left by a process that stopped mid-import (power cut…).
const STALE_STAGING_MS = 24 * 60 * 60 * 1000;
// The kiosk's connection reads the attached files by index during the counts and the apply.
const ATTACHED_CACHE_KIB = 16 * 1024;

const stagingDirs = new WeakMap<KioskDatabase, string>();
// A preview left pending when the process ends (the console closed, a test's database) has
// its directory deleted on exit rather than left with names and numbers in it.
const liveDirs = new Set<string>();
const removeLiveDirs = () => {
  for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
};

/** A new, empty staging directory for this connection's import (the previous one is freed). */
export function makeStagingDir(db: KioskDatabase): string {
  detachStagingFiles(db);
  removeStaleStagingDirs();
  const dir = mkdtempSync(join(tmpdir(), STAGING_DIR_PREFIX));
  stagingDirs.set(db, dir);
  if (liveDirs.size === 0) process.once('exit', removeLiveDirs);
  liveDirs.add(dir);
  return dir;
}

/** Opens a staging file for writing: scratch data, rebuilt from the export if anything fails. */
export function openStagingFile(path: string): KioskDatabase {
  const db = new Database(path);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  return db;
}

/** Attaches closed staging files to the kiosk's connection, in this order. */
export function attachStagingFiles(db: KioskDatabase, paths: readonly string[]): void {
  paths.forEach((path, index) => {
    const schema = `${ATTACHED_SCHEMA_PREFIX}${index}`;
    db.prepare(`ATTACH DATABASE ? AS ${schema}`).run(path);
    db.pragma(`${schema}.journal_mode = OFF`);
    db.pragma(`${schema}.synchronous = OFF`);
    db.pragma(`${schema}.cache_size = -${ATTACHED_CACHE_KIB}`);
  });
}

/** Detaches this connection's staging files and deletes them. */
export function detachStagingFiles(db: KioskDatabase): void {
  if (db.open) {
    const attached = db.pragma('database_list') as Array<{ name: string }>;
    for (const { name } of attached) {
      if (name.startsWith(ATTACHED_SCHEMA_PREFIX)) db.exec(`DETACH DATABASE ${name}`);
    }
  }
  const dir = stagingDirs.get(db);
  stagingDirs.delete(db);
  if (dir === undefined) return;
  rmSync(dir, { recursive: true, force: true });
  liveDirs.delete(dir);
  if (liveDirs.size === 0) process.off('exit', removeLiveDirs);
}

function removeStaleStagingDirs(): void {
  const now = Date.now();
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(STAGING_DIR_PREFIX)) continue;
    const dir = join(tmpdir(), name);
    try {
      if (now - statSync(dir).mtimeMs > STALE_STAGING_MS) {
        rmSync(dir, { recursive: true, force: true });
      }
    } catch {
      // Another process removed it first.
    }
  }
}
