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

/** Runs every pending migration in one transaction and records the version (user_version). */
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
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    db.pragma(`user_version = ${latest}`);
  })();
  return latest;
}
