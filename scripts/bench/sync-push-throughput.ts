// Measurement 1: events pushed per second through one hub instance. Each kiosk (its own school)
// has imported a roster, kept on the kiosk (acknowledgeJournalUnsent says why); it then
// activates many accounts, which its journal holds as `account.created` events, and all kiosks push them at once with the
// product's sync (outbox batches of MAX_PUSH_EVENTS, the hub client over HTTP, the hub's push in
// one transaction per batch). The rate is the events over the whole push, first request to
// last answer.
import type { BenchHub, BenchPostgres } from './sync-bench-hub-process';
import { addBenchSchool, benchEnrolmentCode } from './sync-bench-hub-process';
import {
  acknowledgeJournalUnsent,
  activateBenchAccounts,
  enrolBenchKiosk,
  importBenchRoster,
  openBenchKiosk,
  syncBenchKiosk,
  type BenchKiosk,
} from './sync-bench-kiosk';
import type pg from 'pg';

export interface PushThroughput {
  kiosks: number;
  eventsPerKiosk: number;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  hubCpuSeconds: number;
  postgresCpuSeconds: number;
  /** The kiosks' side (outbox, hub client), all in the benchmark's process. */
  kioskCpuSeconds: number;
}

export async function measurePushThroughput(options: {
  dir: string;
  pool: pg.Pool;
  hub: BenchHub;
  postgres: BenchPostgres;
  kiosks: number;
  eventsPerKiosk: number;
  passwordHash: string;
}): Promise<PushThroughput> {
  const { pool, hub } = options;
  const kiosks: BenchKiosk[] = [];
  try {
    for (let k = 0; k < options.kiosks; k++) {
      const uai = `07${String(k + 1).padStart(5, '0')}P`;
      await addBenchSchool(pool, uai);
      const kiosk = openBenchKiosk(options.dir, `push-kiosk-${k + 1}`);
      kiosks.push(kiosk);
      await enrolBenchKiosk(kiosk, hub.url, await benchEnrolmentCode(pool, uai));
      // A guardian per account: 5 guardians for 3 pupils in the generated roster.
      await importBenchRoster(kiosk, options.dir, uai, Math.ceil((options.eventsPerKiosk * 3) / 5));
      acknowledgeJournalUnsent(kiosk);
      const activated = activateBenchAccounts(kiosk, options.eventsPerKiosk, options.passwordHash);
      if (activated !== options.eventsPerKiosk) {
        throw new Error(
          `${kiosk.name}: ${activated} guardians to activate, not ${options.eventsPerKiosk}`,
        );
      }
    }
    const hubCpu = await hub.cpuSeconds();
    const postgresCpu = options.postgres.cpuSeconds();
    const kioskCpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const outcomes = await Promise.all(kiosks.map((kiosk) => syncBenchKiosk(kiosk)));
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const kioskCpuUsed = process.cpuUsage(kioskCpu);
    const events = outcomes.reduce((sum, outcome) => sum + outcome.pushed, 0);
    const expected = options.kiosks * options.eventsPerKiosk;
    if (events !== expected) throw new Error(`${events} events pushed, ${expected} expected`);
    const { rows } = await pool.query<{ n: string }>(
      "SELECT count(*) AS n FROM changes WHERE type = 'account.created'",
    );
    if (Number(rows[0]?.n) !== expected) {
      throw new Error(`the hub holds ${rows[0]?.n} accounts, ${expected} expected`);
    }
    return {
      kiosks: options.kiosks,
      eventsPerKiosk: options.eventsPerKiosk,
      events,
      seconds,
      eventsPerSecond: events / seconds,
      hubCpuSeconds: (await hub.cpuSeconds()) - hubCpu,
      postgresCpuSeconds: options.postgres.cpuSeconds() - postgresCpu,
      kioskCpuSeconds: (kioskCpuUsed.user + kioskCpuUsed.system) / 1e6,
    };
  } finally {
    for (const kiosk of kiosks) await kiosk.close();
  }
}
