// The hub's schema: migrations run once however many instances start together, and a released
// migration edited afterwards is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { createHubPool } from '../../hub/database/hub-pool';
import { HUB_MIGRATIONS } from '../../hub/database/hub-migration-registry';
import { HubMigrationError, runHubMigrations } from '../../hub/database/run-hub-migrations';
import { startThrowawayPostgres } from '../support/throwaway-postgres';
import type { ThrowawayPostgres } from '../support/throwaway-postgres';

let postgres: ThrowawayPostgres;
const pools: pg.Pool[] = [];
beforeAll(async () => {
  postgres = await startThrowawayPostgres();
});
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await postgres.stop();
});

const poolFor = (url: string): pg.Pool => {
  const pool = createHubPool(url);
  pools.push(pool);
  return pool;
};

describe('hub migrations', () => {
  it('creates the schema once; running again changes nothing', async () => {
    const pool = poolFor(postgres.url);
    const first = await runHubMigrations(pool);
    expect(first.applied).toEqual(HUB_MIGRATIONS.map((m) => m.name));
    const again = await runHubMigrations(pool);
    expect(again).toEqual({ version: HUB_MIGRATIONS.length, applied: [] });
    const tables = await pool.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual([
      'applied_events',
      'changes',
      'enrolment_codes',
      'guardian_accounts',
      'hub_migrations',
      'identifier_clashes',
      'identifiers',
      'kiosks',
      'schools',
    ]);
  });

  it('four instances starting at once on an empty database: one applies, none fails', async () => {
    const url = await postgres.createDatabase('concurrent_start');
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => runHubMigrations(poolFor(url))));
    expect(outcomes.filter((o) => o.applied.length > 0)).toHaveLength(1);
    const count = await poolFor(url).query('SELECT count(*)::int AS n FROM hub_migrations');
    expect(count.rows[0]).toEqual({ n: HUB_MIGRATIONS.length });
  });

  it('refuses a database whose applied migration was edited since, and changes nothing', async () => {
    const url = await postgres.createDatabase('edited_migration');
    const pool = poolFor(url);
    await runHubMigrations(pool);
    const edited = HUB_MIGRATIONS.map((m) => ({ ...m, sql: `${m.sql}\n-- edited` }));
    await expect(runHubMigrations(pool, edited)).rejects.toThrow(HubMigrationError);
    await expect(runHubMigrations(pool, edited)).rejects.toThrow(/was edited/u);
  });

  it('refuses a database newer than this hub', async () => {
    const url = await postgres.createDatabase('newer_database');
    const pool = poolFor(url);
    const version = HUB_MIGRATIONS.length + 1;
    const next = { version, name: `${version}-later`, sql: 'CREATE TABLE later (n INT)' };
    await runHubMigrations(pool, [...HUB_MIGRATIONS, next]);
    await expect(runHubMigrations(pool)).rejects.toThrow(`knows only up to ${version - 1}`);
  });
});
