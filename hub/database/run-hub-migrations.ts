// Brings the hub's database to the latest schema. All pending migrations run in one
// transaction under an advisory lock, so hub instances started together do not race: the
// second waits, then finds nothing to do. Each applied migration's checksum is kept, so a
// released migration edited afterwards is refused instead of silently diverging.
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { HubMigration } from './hub-migration';
import { HUB_MIGRATIONS } from './hub-migration-registry';
import { inHubTransaction } from './in-hub-transaction';

/** Arbitrary, fixed: the key of the advisory lock every migrating instance takes. */
const MIGRATION_LOCK_KEY = 4_815_162_342;

export class HubMigrationError extends Error {}

const checksumOf = (migration: HubMigration): string =>
  createHash('sha256').update(migration.sql).digest('hex');

export interface MigrationOutcome {
  /** The schema version now. */
  readonly version: number;
  /** Names of the migrations this call applied (empty when it was already up to date). */
  readonly applied: readonly string[];
}

export async function runHubMigrations(
  pool: Pool,
  migrations: readonly HubMigration[] = HUB_MIGRATIONS,
): Promise<MigrationOutcome> {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) {
      throw new HubMigrationError(`hub migration registry out of order at ${m.name}`);
    }
  });
  return inHubTransaction(pool, async (db) => {
    await db.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await db.query(`
      CREATE TABLE IF NOT EXISTS hub_migrations (
        version INT PRIMARY KEY,
        name TEXT NOT NULL,
        checksum TEXT NOT NULL,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
    const { rows } = await db.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM hub_migrations ORDER BY version',
    );
    for (const row of rows) {
      const known = migrations[row.version - 1];
      if (known === undefined) {
        throw new HubMigrationError(
          `the database is at hub schema version ${row.version} (${row.name}) but this hub knows ` +
            `only up to ${migrations.length}: run the newer hub that created it`,
        );
      }
      if (known.name !== row.name || checksumOf(known) !== row.checksum) {
        throw new HubMigrationError(
          `hub migration ${row.version} (${row.name}) differs from the one applied to this ` +
            'database: a released migration was edited; restore it and add a new migration instead',
        );
      }
    }
    const pending = migrations.slice(rows.length);
    for (const migration of pending) {
      await db.query(migration.sql);
      await db.query('INSERT INTO hub_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        checksumOf(migration),
      ]);
    }
    return { version: migrations.length, applied: pending.map((m) => m.name) };
  });
}
