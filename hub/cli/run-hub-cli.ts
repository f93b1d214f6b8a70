// `npm run hub -- …`: serve (the default), migrate, and the administrator's commands. Exit
// status 0 done, 1 failed, 2 wrong usage. Messages in English (operators' logs).
import type { Pool } from 'pg';
import { isDatabaseUnreachable } from '../database/database-unreachable';
import { createHubPool } from '../database/hub-pool';
import { runHubMigrations } from '../database/run-hub-migrations';
import { parseHubArguments, portOption, type HubArguments } from './hub-cli-arguments';
import {
  clashList,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  kioskList,
  kioskRevoke,
  schoolAdd,
  schoolEnrolmentCode,
  schoolList,
  type CliOutput,
} from './directory-commands';
import { startLocalHub } from './run-local-hub';
import { DEFAULT_HUB_PORT, redactedDatabaseUrl, serveHub } from './serve-hub';

export interface HubCliEnvironment extends CliOutput {
  readonly env: NodeJS.ProcessEnv;
  /** Resolves when the process is asked to stop (Ctrl+C, SIGTERM). */
  readonly stopRequested: () => Promise<void>;
}

export const USAGE = `Usage: npm run hub -- [command] [options]
  [serve] --database-url postgres://… [--port N] [--host H] [--tls-cert F --tls-key F]
  migrate                          bring the database to the latest schema
  school add <UAI> [--name "…"]    add a school
  school list
  school enrolment-code <UAI>      a one-time code (24 h) to enrol a kiosk
  kiosk list [--school UAI]        kiosks, last contact and lag
  kiosk revoke <kioskId>           refuse this kiosk from its next request
  clashes                          identifiers given by two schools before they joined
  local [--data-dir DIR] [--port N]  a local PostgreSQL and hub (npm run hub:local)
The database URL may also come from DATABASE_URL.`;

async function withPool(
  url: string,
  out: CliOutput,
  work: (pool: Pool) => Promise<number>,
): Promise<number> {
  const pool = createHubPool(url, 2);
  try {
    await runHubMigrations(pool);
    return await work(pool);
  } finally {
    await pool.end();
  }
}

function directoryCommand(
  args: HubArguments,
  out: CliOutput,
): ((pool: Pool) => Promise<number>) | null {
  const [group, action, target, extra] = args.words;
  if (extra !== undefined) return null;
  const key = `${group ?? ''} ${action ?? ''}`;
  if (key === 'school add' && target !== undefined) {
    return (pool) => schoolAdd(pool, target, args.options.get('name') ?? null, out);
  }
  if (key === 'school list' && target === undefined) return (pool) => schoolList(pool, out);
  if (key === 'school enrolment-code' && target !== undefined) {
    return (pool) => schoolEnrolmentCode(pool, target, out);
  }
  if (key === 'kiosk list' && target === undefined) {
    return (pool) => kioskList(pool, args.options.get('school') ?? null, out);
  }
  if (key === 'kiosk revoke' && target !== undefined)
    return (pool) => kioskRevoke(pool, target, out);
  if (group === 'clashes' && action === undefined) return (pool) => clashList(pool, out);
  return null;
}

async function serve(
  args: HubArguments,
  databaseUrl: string,
  io: HubCliEnvironment,
): Promise<number> {
  const port = portOption(args.options.get('port'), DEFAULT_HUB_PORT);
  if (typeof port === 'string') return usage(io, port);
  const tlsCertFile = args.options.get('tls-cert');
  const tlsKeyFile = args.options.get('tls-key');
  if ((tlsCertFile === undefined) !== (tlsKeyFile === undefined)) {
    return usage(io, '--tls-cert and --tls-key go together');
  }
  const hub = await serveHub({
    databaseUrl,
    port,
    host: args.options.get('host'),
    tlsCertFile,
    tlsKeyFile,
    log: io.stderr,
  });
  io.stdout(`Hub listening on ${hub.url} (database ${redactedDatabaseUrl(databaseUrl)}).`);
  await io.stopRequested();
  io.stdout('Stopping the hub…');
  await hub.close();
  return EXIT_OK;
}

async function local(args: HubArguments, io: HubCliEnvironment): Promise<number> {
  const port = portOption(args.options.get('port'), DEFAULT_HUB_PORT);
  if (typeof port === 'string') return usage(io, port);
  const dataDir = args.options.get('data-dir') ?? 'hub-data';
  const running = await startLocalHub({ dataDir, port, log: io.stderr });
  const db = `--database-url '${running.databaseUrl}'`;
  io.stdout(`Local hub listening on ${running.hub.url} (PostgreSQL data in ${dataDir}/postgres).`);
  io.stdout('Next, in another terminal:');
  io.stdout(`  npm run hub -- ${db} school add <UAI> --name "École …"`);
  io.stdout(`  npm run hub -- ${db} school enrolment-code <UAI>`);
  io.stdout(`  npm run hub -- ${db} kiosk list`);
  io.stdout(
    `Kiosks on this machine use the hub address ${running.hub.url}. Ctrl+C stops the hub and PostgreSQL.`,
  );
  await io.stopRequested();
  io.stdout('Stopping the hub and PostgreSQL…');
  await running.stop();
  return EXIT_OK;
}

function usage(io: CliOutput, problem: string): number {
  io.stderr(`error: ${problem}`);
  io.stderr(USAGE);
  return EXIT_USAGE;
}

export async function runHubCli(argv: readonly string[], io: HubCliEnvironment): Promise<number> {
  const args = parseHubArguments(argv);
  if (typeof args === 'string') return usage(io, args);
  if (args.words[0] === 'help' || args.words[0] === '--help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  try {
    if (args.words[0] === 'local') return await local(args, io);
    const databaseUrl = args.options.get('database-url') ?? io.env.DATABASE_URL;
    const [first] = args.words;
    const isServe = first === undefined || (first === 'serve' && args.words.length === 1);
    const isMigrate = first === 'migrate' && args.words.length === 1;
    const command = isServe || isMigrate ? null : directoryCommand(args, io);
    if (!isServe && !isMigrate && command === null)
      return usage(io, `unknown command: ${args.words.join(' ')}`);
    if (databaseUrl === undefined || databaseUrl === '') {
      return usage(io, 'the database is needed: --database-url postgres://… or DATABASE_URL');
    }
    if (isServe) return await serve(args, databaseUrl, io);
    if (isMigrate) {
      return await withPool(databaseUrl, io, async () => {
        io.stdout('Hub database is at the latest schema.');
        return EXIT_OK;
      });
    }
    return await withPool(databaseUrl, io, command ?? (async () => EXIT_USAGE));
  } catch (error) {
    if (isDatabaseUnreachable(error)) {
      io.stderr(
        `error: the database cannot be reached (${error instanceof Error ? error.message : String(error)})`,
      );
    } else {
      io.stderr(`error: ${error instanceof Error ? error.message : String(error)}`);
    }
    return EXIT_FAILURE;
  }
}
