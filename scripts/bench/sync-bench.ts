// `npm run bench:sync`: the sync's three figures, measured in one run against a throwaway
// PostgreSQL 15 cluster (durable, fsync on) and the hub's HTTP server in a child process
// (docs/developers/benchmark.md, "Sync"):
//   1. events pushed per second through one hub instance (3 kiosks × 20,000 account.created);
//   2. a school's pull latency with 1,000,000 accounts in the hub (500 schools);
//   3. the bootstrap of a new kiosk for a 2,000-pupil school.
//   --scale S   fraction of those sizes (default 1), e.g. --scale 0.05 for a quick run
//   --dir DIR   where to write the kiosks' databases and exports (default: a temp dir, deleted)
// Prints each figure with its target; exits 0 whether targets are met or not, 1 on any error.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPasswordHasher } from '../../main/accounts/password-hasher';
import { SYNC_BENCH_OPTIONS } from './sync-bench-options';
import { startBenchHub, startBenchPostgres, type BenchHub } from './sync-bench-hub-process';
import { seedHubAccounts } from './sync-hub-seed';
import { measurePushThroughput } from './sync-push-throughput';
import { measurePullLatency } from './sync-pull-latency';
import { measureBootstrap } from './sync-bootstrap';

const TARGETS = { eventsPerSecond: 5_000, pullP99Ms: 20, bootstrapSeconds: 3 } as const;

const { values } = parseArgs({ options: SYNC_BENCH_OPTIONS });
const scale = Number(values.scale);
if (!(scale > 0 && scale <= 1)) throw new Error(`--scale must be in (0, 1], got ${values.scale}`);

const sizes = {
  kiosks: 3,
  eventsPerKiosk: Math.max(100, Math.round(20_000 * scale)),
  hubAccounts: Math.max(5_000, Math.round(1_000_000 * scale)),
  schools: 500,
  pulls: Math.max(200, Math.round(2_000 * scale)),
  bootstrapStudents: Math.max(60, Math.round(2_000 * scale)),
};
/** Accounts activated at the bootstrap school's first kiosk: 30% of its guardians. */
const bootstrapAccounts = Math.round(((sizes.bootstrapStudents * 5) / 3) * 0.3);
const hubScript = join(__dirname, 'sync-bench-hub.cjs');

const n = (value: number, digits = 0) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const keep = values.dir !== undefined;
  const dir = values.dir ?? mkdtempSync(join(tmpdir(), 'sync-bench-'));
  mkdirSync(dir, { recursive: true });
  const loadAtStart = loadavg()[0] ?? 0;
  const postgres = await startBenchPostgres();
  const hubs: BenchHub[] = [];
  const pools: { end(): Promise<void> }[] = [];
  try {
    const passwordHash = await createPasswordHasher(randomBytes(32)).hash('Un-mot-de-passe-42');

    log(`push: ${sizes.kiosks} kiosks × ${n(sizes.eventsPerKiosk)} account.created…`);
    const pushDb = await postgres.hubDatabase('bench_push');
    pools.push(pushDb.pool);
    const pushHub = await startBenchHub(hubScript, pushDb.url);
    hubs.push(pushHub);
    const push = await measurePushThroughput({
      dir,
      pool: pushDb.pool,
      hub: pushHub,
      postgres,
      kiosks: sizes.kiosks,
      eventsPerKiosk: sizes.eventsPerKiosk,
      passwordHash,
    });
    // In the push measurement's hub (its 3 schools' 60,000 accounts): in the hub seeded with
    // 1,000,000, the first kiosk's own push would take minutes (docs/developers/benchmark.md).
    log(`bootstrap: ${n(sizes.bootstrapStudents)} pupils, ${n(bootstrapAccounts)} accounts…`);
    const bootstrap = await measureBootstrap({
      dir,
      pool: pushDb.pool,
      hub: pushHub,
      students: sizes.bootstrapStudents,
      accounts: bootstrapAccounts,
      passwordHash,
    });
    await pushHub.stop();

    log(`pull: seeding ${n(sizes.hubAccounts)} accounts over ${sizes.schools} schools…`);
    const pullDb = await postgres.hubDatabase('bench_pull');
    pools.push(pullDb.pool);
    const seedStart = process.hrtime.bigint();
    await seedHubAccounts(pullDb.pool, {
      accounts: sizes.hubAccounts,
      schools: sizes.schools,
      passwordHash,
    });
    const seedSeconds = seconds(seedStart);
    const pullHub = await startBenchHub(hubScript, pullDb.url);
    hubs.push(pullHub);
    const pull = await measurePullLatency({
      dir,
      pool: pullDb.pool,
      hub: pullHub,
      pulls: sizes.pulls,
    });

    await pullHub.stop();

    const rows: [string, string, string, string][] = [
      [
        `Push: ${sizes.kiosks} kiosks × ${n(sizes.eventsPerKiosk)} account.created, 3 schools`,
        `${n(push.eventsPerSecond)} events/s (${n(push.events)} in ${n(push.seconds, 1)} s)`,
        `≥ ${n(TARGETS.eventsPerSecond)}/s`,
        verdict(push.eventsPerSecond >= TARGETS.eventsPerSecond),
      ],
      [
        `Pull: 1 school of ${sizes.schools}, ${n(sizes.hubAccounts)} accounts in the hub, ${pull.pulls} pulls of ${pull.changesPerPull} changes`,
        `p50 ${n(pull.p50Ms, 1)} ms, p99 ${n(pull.p99Ms, 1)} ms, max ${n(pull.maxMs, 1)} ms`,
        `p99 ≤ ${TARGETS.pullP99Ms} ms`,
        verdict(pull.p99Ms <= TARGETS.pullP99Ms),
      ],
      [
        `Bootstrap: ${n(bootstrap.counts.students ?? 0)} pupils, ${n(bootstrap.counts.guardians ?? 0)} guardians, ${n(bootstrap.counts.accounts ?? 0)} accounts`,
        `${n(bootstrap.seconds, 2)} s (${n(bootstrap.pulled)} changes applied)`,
        `≤ ${TARGETS.bootstrapSeconds} s`,
        verdict(bootstrap.seconds <= TARGETS.bootstrapSeconds),
      ],
    ];
    const widths = [0, 1, 2].map((c) => Math.max(...rows.map((row) => row[c]?.length ?? 0)));
    const line = (row: readonly string[]) =>
      row
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd();
    console.log(
      `Sync benchmark, scale ${scale}: hub ${process.version}, PostgreSQL 15 (fsync on), ${cpus().length} cores`,
    );
    for (const row of rows) console.log(line(row));
    console.log(
      `Push CPU: hub process ${n(push.hubCpuSeconds, 1)} s, PostgreSQL ${n(push.postgresCpuSeconds, 1)} s, kiosks ${n(push.kioskCpuSeconds, 1)} s over ${n(push.seconds, 1)} s of push`,
    );
    const cpuPerEvent =
      (push.hubCpuSeconds + push.postgresCpuSeconds + push.kioskCpuSeconds) / push.events;
    console.log(
      `Push CPU per event: ${n(cpuPerEvent * 1000, 2)} ms (hub ${n((push.hubCpuSeconds / push.events) * 1000, 2)}, PostgreSQL ${n((push.postgresCpuSeconds / push.events) * 1000, 2)}, kiosk ${n((push.kioskCpuSeconds / push.events) * 1000, 2)}): at most ${n(cpus().length / cpuPerEvent)} events/s on ${cpus().length} idle cores`,
    );
    console.log(
      `Seeding the hub: ${n(sizes.hubAccounts)} account.created changes, identifiers and kept accounts in ${n(seedSeconds, 1)} s (set-based SQL)`,
    );
    console.log(
      `Bootstrap counts equal on both kiosks: ${Object.entries(bootstrap.counts)
        .map(([key, value]) => `${key} ${n(value)}`)
        .join(', ')}`,
    );
    console.log(
      `Load average (1 min): ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end, on ${cpus().length} cores`,
    );
  } finally {
    for (const hub of hubs) await hub.stop();
    for (const pool of pools) await pool.end();
    await postgres.stop();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench:sync failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
