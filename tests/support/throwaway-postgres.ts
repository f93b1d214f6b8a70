// A real PostgreSQL for one vitest file: a throwaway cluster on loopback with a random port,
// its data in a temp directory removed at stop(). Call stop() in afterAll.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { giveToPostgresUser, preparePostgresCluster } from '../../hub/local/postgres-cluster';
import type { PostgresCluster } from '../../hub/local/postgres-cluster';

export interface ThrowawayPostgres {
  /** The database made for this file. */
  readonly url: string;
  readonly cluster: PostgresCluster;
  /** Another empty database in the same cluster (a test that needs a fresh hub). */
  createDatabase(name: string): Promise<string>;
  /** Stops and starts the server on the same port (in-flight connections are cut). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  // As root, the postgres user must reach the directory: the run's own temp dir is private
  // (mode 700), so the cluster lives directly under /tmp and is removed at stop().
  const base = mkdtempSync(join(process.getuid?.() === 0 ? '/tmp' : tmpdir(), 'hub-pg-'));
  giveToPostgresUser(base);
  const cluster = await preparePostgresCluster({
    dataDir: join(base, 'data'),
    socketDir: base,
    durable: false,
  });
  await cluster.start();
  const admin = cluster.url('postgres');
  const createDatabase = async (name: string): Promise<string> => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${name.replace(/"/gu, '')}"`);
    } finally {
      await client.end();
    }
    return cluster.url(name);
  };
  const url = await createDatabase('hub_test');
  return {
    url,
    cluster,
    createDatabase,
    restart: () => cluster.restart(),
    stop: async () => {
      try {
        await cluster.stop();
      } finally {
        rmSync(base, { recursive: true, force: true });
      }
    },
  };
}
