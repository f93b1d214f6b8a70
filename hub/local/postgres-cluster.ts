// A PostgreSQL 15 cluster run from Debian's binaries in a data directory of its own: the hub's
// one-command local mode (`npm run hub:local`) and the hub's tests (a throwaway cluster each).
// initdb refuses to run as root, so as root every PostgreSQL program runs as the `postgres` user
// (runuser) on directories it owns. It listens on loopback only.
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const POSTGRES_BIN_DIR = process.env.HUB_POSTGRES_BIN_DIR ?? '/usr/lib/postgresql/15/bin';
export const LOOPBACK = '127.0.0.1';

export interface PostgresClusterOptions {
  /** The cluster's data directory; created and initialised (initdb) when it holds no cluster. */
  readonly dataDir: string;
  /** The directory of the Unix socket (`-k`); short paths only (a socket path has ~100 bytes). */
  readonly socketDir: string;
  /** A fixed port; a free one is chosen at the first start (and kept) when omitted. */
  readonly port?: number;
  /**
   * The superuser's password. With one, connections need it (scram-sha-256); without, loopback
   * connections are trusted (throwaway clusters only).
   */
  readonly password?: string;
  /** false = fsync off: fast and fine for a throwaway cluster, never for real data. */
  readonly durable: boolean;
}

export interface PostgresCluster {
  readonly dataDir: string;
  /** The port it listens on (0 before the first start when none was given). */
  port(): number;
  /** A connection string for a database of this cluster, as the superuser `postgres`. */
  url(database: string): string;
  start(): Promise<void>;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

const runningAsRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL program as the user that owns the cluster. */
async function runPostgresProgram(program: string, args: readonly string[]): Promise<string> {
  const binary = join(POSTGRES_BIN_DIR, program);
  const [file, fileArgs] = runningAsRoot()
    ? ['runuser', ['-u', 'postgres', '--', binary, ...args]]
    : [binary, [...args]];
  const { stdout } = await run(file, fileArgs, { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/** Gives a directory to the postgres user when we are root (initdb refuses root). */
export function giveToPostgresUser(path: string): void {
  if (!runningAsRoot()) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(path, uid, gid);
}

/** A TCP port free on loopback right now. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port was assigned'));
      });
    });
  });
}

export const holdsCluster = (dataDir: string): boolean => existsSync(join(dataDir, 'PG_VERSION'));

async function initialise(options: PostgresClusterOptions): Promise<void> {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  giveToPostgresUser(options.dataDir);
  const args = ['-D', options.dataDir, '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8'];
  if (!options.durable) args.push('--no-sync');
  let passwordFile: string | null = null;
  if (options.password === undefined) {
    args.push('--auth=trust');
  } else {
    // The file must be readable by the postgres user, and is gone once initdb has read it.
    passwordFile = join(options.socketDir, 'initdb-password');
    writeFileSync(passwordFile, `${options.password}\n`, { mode: 0o600 });
    giveToPostgresUser(passwordFile);
    args.push('--auth=scram-sha-256', `--pwfile=${passwordFile}`);
  }
  try {
    await runPostgresProgram('initdb', args);
  } finally {
    if (passwordFile !== null) rmSync(passwordFile, { force: true });
  }
}

/** Creates (initdb when needed) and describes a cluster; call start() to run it. */
export async function preparePostgresCluster(
  options: PostgresClusterOptions,
): Promise<PostgresCluster> {
  if (!existsSync(join(POSTGRES_BIN_DIR, 'initdb'))) {
    throw new Error(
      `PostgreSQL 15 is not installed (${POSTGRES_BIN_DIR}/initdb is missing): apt-get install postgresql`,
    );
  }
  mkdirSync(options.socketDir, { recursive: true });
  giveToPostgresUser(options.socketDir);
  if (!holdsCluster(options.dataDir)) await initialise(options);
  else if (!statSync(options.dataDir).isDirectory()) {
    throw new Error(`${options.dataDir} is not a directory`);
  }

  let port = options.port ?? 0;
  let running = false;
  const logFile = join(options.dataDir, 'postgres.log');

  const start = async (): Promise<void> => {
    if (running) return;
    // Kept across restarts: clients that retry find the server where it was.
    if (port === 0) port = await freeLoopbackPort();
    const settings = [
      `-c listen_addresses=${LOOPBACK}`,
      `-p ${port}`,
      `-k ${options.socketDir}`,
      ...(options.durable
        ? []
        : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    ];
    await runPostgresProgram('pg_ctl', [
      '-D',
      options.dataDir,
      '-l',
      logFile,
      '-w',
      '-t',
      '60',
      '-o',
      settings.join(' '),
      'start',
    ]);
    running = true;
    runningClusters.add(options.dataDir);
  };

  const stop = async (): Promise<void> => {
    if (!running) return;
    await runPostgresProgram('pg_ctl', ['-D', options.dataDir, '-m', 'fast', '-w', 'stop']);
    running = false;
    runningClusters.delete(options.dataDir);
  };

  const password = options.password === undefined ? '' : `:${encodeURIComponent(options.password)}`;
  return {
    dataDir: options.dataDir,
    port: () => port,
    url: (database) => `postgres://postgres${password}@${LOOPBACK}:${port}/${database}`,
    start,
    stop,
    restart: async () => {
      await stop();
      await start();
    },
  };
}

// A process that ends without stopping its clusters (a crashed test file) must not leave
// PostgreSQL servers behind: stop them, immediately, on the way out.
const runningClusters = new Set<string>();
process.once('exit', () => {
  for (const dataDir of runningClusters) {
    const binary = join(POSTGRES_BIN_DIR, 'pg_ctl');
    const args = ['-D', dataDir, '-m', 'immediate', 'stop'];
    try {
      if (runningAsRoot()) execFileSync('runuser', ['-u', 'postgres', '--', binary, ...args]);
      else execFileSync(binary, args);
    } catch {
      // Already stopped: nothing left to do on the way out.
    }
  }
});
