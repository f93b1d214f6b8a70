// Measurement 2: a school's pull latency in a hub holding many accounts (sync-hub-seed.ts). A
// kiosk of one seeded school, enrolled through the product and caught up to the head, pulls
// again and again over HTTP with the product's hub client while, between two pulls, another
// kiosk of its school records a few changes (password changes of the school's accounts,
// through the hub's own recordChange under the school's lock, as its push would). Each
// latency is one pull request: HTTP, the hub's snapshot query, the answer parsed and
// validated by the kiosk.
import type pg from 'pg';
import type { SyncedChange } from '../../shared/sync/sync-protocol';
import { inHubTransaction } from '../../hub/database/in-hub-transaction';
import { recordChange } from '../../hub/sync/record-change';
import { lockSchool } from '../../hub/sync/school-lock';
import { createHubClient, type HubClient } from '../../main/sync/hub-client/hub-client';
import { benchEnrolmentCode, type BenchHub } from './sync-bench-hub-process';
import { seededSchoolUai } from './sync-hub-seed';
import { enrolBenchKiosk, openBenchKiosk } from './sync-bench-kiosk';

export interface PullLatency {
  pulls: number;
  changesPerPull: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const CHANGES_PER_PULL = 3;
const WARM_UP_PULLS = 50;

async function pullOnce(client: HubClient, cursor: number) {
  const page = await client.pull(cursor);
  if (!page.ok) throw new Error(`pull refused: ${page.failure.message}`);
  return page.value;
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

export async function measurePullLatency(options: {
  dir: string;
  pool: pg.Pool;
  hub: BenchHub;
  pulls: number;
}): Promise<PullLatency> {
  const { pool, hub } = options;
  const uai = seededSchoolUai(0);
  const kiosk = openBenchKiosk(options.dir, 'pull-kiosk');
  try {
    await enrolBenchKiosk(kiosk, hub.url, await benchEnrolmentCode(pool, uai));
    const credential = await kiosk.credentials.read();
    const made = createHubClient({ hubUrl: hub.url, ...(credential ? { credential } : {}) });
    if (!made.ok) throw new Error(made.failure.message);
    const client = made.client;
    const { rows: school } = await pool.query<{ kiosk_id: string; account_id: string }>(
      `SELECT k.id AS kiosk_id, c.entity_key AS account_id
         FROM kiosks k JOIN changes c ON c.origin_kiosk_id = k.id
        WHERE k.school_uai = $1 AND c.type = 'account.created'`,
      [uai],
    );
    const otherKiosk = school[0]?.kiosk_id;
    if (otherKiosk === undefined) throw new Error(`school ${uai} was not seeded`);
    // Caught up: the school's history, page after page, before the measured pulls.
    let cursor = 0;
    for (let more = true; more;) {
      const page = await pullOnce(client, cursor);
      cursor = page.cursor;
      more = page.more;
    }
    const passwordHash =
      'scrypt$131072$8$1$c2VlZHNhbHRzZWVkc2FsdA==$c2VlZGhhc2hzZWVkaGFzaHNlZWRoYXNoc2VlZGg=';
    let next = 0;
    const samples: number[] = [];
    for (let i = 0; i < WARM_UP_PULLS + options.pulls; i++) {
      await inHubTransaction(pool, async (db) => {
        await lockSchool(db, uai);
        for (let c = 0; c < CHANGES_PER_PULL; c++) {
          const accountId = school[next++ % school.length]?.account_id ?? '';
          const change: SyncedChange = {
            type: 'account.password-changed',
            accountId,
            passwordHash,
            mustChangePassword: false,
          };
          await recordChange(db, uai, change, otherKiosk);
        }
      });
      const start = process.hrtime.bigint();
      const page = await pullOnce(client, cursor);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (page.changes.length !== CHANGES_PER_PULL || page.more) {
        throw new Error(
          `pull ${i} answered ${page.changes.length} changes, ${CHANGES_PER_PULL} expected`,
        );
      }
      cursor = page.cursor;
      if (i >= WARM_UP_PULLS) samples.push(ms);
    }
    samples.sort((a, b) => a - b);
    return {
      pulls: samples.length,
      changesPerPull: CHANGES_PER_PULL,
      p50Ms: percentile(samples, 50),
      p99Ms: percentile(samples, 99),
      maxMs: samples.at(-1) ?? Number.NaN,
    };
  } finally {
    await kiosk.close();
  }
}
