// The sync benchmark's hub side, seen from the parent: a throwaway PostgreSQL 15 cluster
// (durable, fsync on, as a hub in production runs), one migrated database per measurement, and
// the hub's HTTP server in a child process (sync-bench-hub.ts) on the database being measured.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { createHubPool } from '../../hub/database/hub-pool';
import { runHubMigrations } from '../../hub/database/run-hub-migrations';
import { createEnrolmentCode } from '../../hub/directory/enrolment-codes';
import { addSchool } from '../../hub/directory/schools';
import { postgresCpuSeconds } from './postgres-cpu';
import { giveToPostgresUser, preparePostgresCluster } from '../../hub/local/postgres-cluster';

export interface BenchPostgres {
  /** CPU seconds the cluster's processes have used so far. */
  cpuSeconds(): number;
  /** A new, migrated hub database and a pool on it. */
  hubDatabase(name: string): Promise<{ url: string; pool: pg.Pool }>;
  stop(): Promise<void>;
}

/** `durable: false` (fsync off) only to see what the disk's flushes cost a measurement. */
export async function startBenchPostgres(durable = true): Promise<BenchPostgres> {
  // As root, the postgres user must reach the directory: it sits directly under /tmp.
  const base = mkdtempSync(join('/tmp', 'sync-bench-pg-'));
  giveToPostgresUser(base);
  const cluster = await preparePostgresCluster({
    dataDir: join(base, 'data'),
    socketDir: base,
    durable,
  });
  await cluster.start();
  return {
    cpuSeconds: () => postgresCpuSeconds(cluster.dataDir),
    async hubDatabase(name) {
      const admin = new pg.Client({ connectionString: cluster.url('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      const url = cluster.url(name);
      const pool = createHubPool(url);
      await runHubMigrations(pool);
      return { url, pool };
    },
    async stop() {
      try {
        await cluster.stop();
      } finally {
        rmSync(base, { recursive: true, force: true });
      }
    },
  };
}

export interface BenchHub {
  readonly url: string;
  /** CPU seconds (user + system) the hub's process has used so far. */
  cpuSeconds(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts the hub's HTTP server in a child process on `databaseUrl`. */
export function startBenchHub(script: string, databaseUrl: string): Promise<BenchHub> {
  const child: ChildProcess = fork(script, [], {
    env: { ...process.env, BENCH_HUB_DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T>(kind: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: { kind?: string } & T) => {
        if (message.kind !== kind) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      };
      const onExit = (code: number | null) => {
        child.off('message', onMessage);
        reject(new Error(`the hub process exited (${code}) before answering ${kind}`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  return next<{ port: number }>('listening').then(({ port }) => ({
    url: `http://127.0.0.1:${port}`,
    async cpuSeconds() {
      const answer = next<{ seconds: number }>('cpu');
      child.send({ kind: 'cpu' });
      return (await answer).seconds;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ kind: 'stop' });
      }),
  }));
}

export async function addBenchSchool(pool: pg.Pool, uai: string): Promise<void> {
  const added = await addSchool(pool, uai, `Collège ${uai}`);
  if (!added.ok) throw new Error(added.error.message);
}

export async function benchEnrolmentCode(pool: pg.Pool, uai: string): Promise<string> {
  const created = await createEnrolmentCode(pool, uai);
  if (!created.ok) throw new Error(created.error.message);
  return created.value.code;
}
