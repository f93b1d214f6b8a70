// The throwaway cluster the hub's tests stand on: it starts, answers, survives a restart on the
// same port, and stops.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayPostgres } from '../support/throwaway-postgres';
import type { ThrowawayPostgres } from '../support/throwaway-postgres';

let postgres: ThrowawayPostgres;
beforeAll(async () => {
  postgres = await startThrowawayPostgres();
});
afterAll(async () => {
  await postgres.stop();
});

async function scalar(url: string, sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0];
  } finally {
    await client.end();
  }
}

describe('throwaway PostgreSQL cluster', () => {
  it('runs PostgreSQL 15 on loopback, and keeps its port and data across a restart', async () => {
    expect(postgres.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/hub_test$/u);
    expect(await scalar(postgres.url, "SELECT current_setting('server_version_num') AS v")).toEqual(
      { v: expect.stringMatching(/^15/u) },
    );
    await scalar(postgres.url, 'CREATE TABLE kept AS SELECT 7 AS n');
    await postgres.restart();
    expect(await scalar(postgres.url, 'SELECT n FROM kept')).toEqual({ n: 7 });
  });
});
