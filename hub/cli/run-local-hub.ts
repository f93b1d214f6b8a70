// `npm run hub:local`: a hub for trying it, or for a single school running it on one of its own
// machines. A PostgreSQL cluster from the installed binaries lives in a data directory of its
// own (initialised once, with a generated superuser password kept next to it), is started,
// migrated and served on loopback; Ctrl+C or SIGTERM stops the hub and PostgreSQL cleanly.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import {
  freeLoopbackPort,
  giveToPostgresUser,
  preparePostgresCluster,
} from '../local/postgres-cluster';
import { serveHub, type RunningHub } from './serve-hub';

export interface LocalHubOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly log: (line: string) => void;
}

const HUB_DATABASE = 'hub';

function superuserPassword(dataDir: string): string {
  const file = join(dataDir, 'superuser-password');
  if (!existsSync(file))
    writeFileSync(file, randomBytes(24).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** PostgreSQL's port, chosen once and kept, so that the printed database URL stays valid. */
async function postgresPort(dataDir: string): Promise<number> {
  const file = join(dataDir, 'postgres-port');
  if (!existsSync(file)) writeFileSync(file, String(await freeLoopbackPort()));
  return Number(readFileSync(file, 'utf8').trim());
}

async function ensureHubDatabase(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      HUB_DATABASE,
    ]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${HUB_DATABASE}`);
  } finally {
    await client.end();
  }
}

export interface LocalHub {
  readonly hub: RunningHub;
  readonly databaseUrl: string;
  stop(): Promise<void>;
}

export async function startLocalHub(options: LocalHubOptions): Promise<LocalHub> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  // The socket lives in a short temp path: a Unix socket path is limited to about 100 bytes.
  const socketDir = mkdtempSync(join(process.getuid?.() === 0 ? '/tmp' : tmpdir(), 'hub-local-'));
  giveToPostgresUser(socketDir);
  const cluster = await preparePostgresCluster({
    dataDir: join(dataDir, 'postgres'),
    socketDir,
    port: await postgresPort(dataDir),
    password: superuserPassword(dataDir),
    durable: true,
  });
  await cluster.start();
  const stopCluster = async (): Promise<void> => {
    await cluster.stop();
    rmSync(socketDir, { recursive: true, force: true });
  };
  try {
    await ensureHubDatabase(cluster.url('postgres'));
    const databaseUrl = cluster.url(HUB_DATABASE);
    const hub = await serveHub({
      databaseUrl,
      port: options.port,
      host: '127.0.0.1',
      log: options.log,
    });
    return {
      hub,
      databaseUrl,
      stop: async () => {
        await hub.close();
        await stopCluster();
      },
    };
  } catch (error) {
    await stopCluster();
    throw error;
  }
}
