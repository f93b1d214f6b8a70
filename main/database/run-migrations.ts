import type Database from 'better-sqlite3';
import type { Migration } from './migration';
import { MIGRATIONS } from './migration-registry';

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `The database is at schema version ${found} but this version of the kiosk only knows up to ${supported}. ` +
        'Install the newer kiosk version that created it, or restore a backup.',
    );
  }
}

/** A migration left rows pointing at rows that do not exist: it is rolled back. */
export class MigrationBrokeForeignKeysError extends Error {
  constructor(readonly violations: readonly unknown[]) {
    super(
      `A schema migration left ${violations.length} row(s) breaking a foreign key ` +
        `(first: ${JSON.stringify(violations[0])}); the database was not changed.`,
    );
  }
}

/**
 * Runs every pending migration in one transaction and records the version (user_version).
 *
 * Foreign keys are switched off while migrations run, as SQLite's documented table rebuild
 * ("Making Other Kinds Of Table Schema Changes") requires: with them on, the DROP TABLE of a
 * rebuild deletes the table's rows first and ON DELETE CASCADE would take every student and
 * guardian with the schools table. PRAGMA foreign_keys is ignored inside a transaction, hence
 * before it; PRAGMA foreign_key_check at the end refuses (rolls back) a migration that left a
 * dangling reference, and the previous setting is restored whatever happens.
 */
export function runMigrations(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const latest = migrations.length;
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) throw new Error(`Migration registry out of order at ${m.name}`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  const pending = migrations.slice(current);
  if (pending.length === 0) return current;
  const foreignKeysWereOn = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of pending) db.exec(m.sql);
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) throw new MigrationBrokeForeignKeysError(violations);
      db.pragma(`user_version = ${latest}`);
    })();
  } finally {
    if (foreignKeysWereOn) db.pragma('foreign_keys = ON');
  }
  return latest;
}
