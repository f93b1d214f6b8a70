// Marking a guardian's earlier changes superseded happens at every pushed mobile, lock or
// password: it must find only the changes still served, never walk the entity's whole history
// (that was quadratic in the changes per guardian).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import { createHubPool } from '../../../hub/database/hub-pool';
import { runHubMigrations } from '../../../hub/database/run-hub-migrations';
import { SUPERSEDE_EARLIER_SQL } from '../../../hub/rules/latest-in-hub-order';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../support/throwaway-postgres';

let postgres: ThrowawayPostgres;
let pool: pg.Pool;
beforeAll(async () => {
  postgres = await startThrowawayPostgres();
  pool = createHubPool(postgres.url);
  await runHubMigrations(pool);
});
afterAll(async () => {
  await pool.end();
  await postgres.stop();
});

it('the supersede statement goes through the index of live changes only', async () => {
  const client = await pool.connect();
  try {
    // Small tables make a sequential scan cheapest; forbidding it shows which index can serve.
    await client.query('SET enable_seqscan = off');
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN ${SUPERSEDE_EARLIER_SQL}`,
      ['0750001A', '0750001A:G1', ['guardian.mobile-corrected'], 1000],
    );
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(plan).toContain('changes_live_by_school_entity');
  } finally {
    client.release();
  }
});
