// Measurement 3: the bootstrap of a new kiosk. A school's first kiosk imports a roster of
// `students` pupils (5 guardians for 3), syncs it, activates accounts for some guardians and
// syncs them; then a new, empty kiosk of the school enrols with a one-time code and syncs until
// the hub has nothing more for it, as the console's enrolment does. The time runs from the
// enrolment request to the end of that sync, and the new kiosk must then hold what the first
// one holds.
import type pg from 'pg';
import { addBenchSchool, benchEnrolmentCode, type BenchHub } from './sync-bench-hub-process';
import {
  activateBenchAccounts,
  enrolBenchKiosk,
  importBenchRoster,
  kioskCounts,
  openBenchKiosk,
  syncBenchKiosk,
  type BenchKiosk,
} from './sync-bench-kiosk';

export const BOOTSTRAP_SCHOOL_UAI = '0799999B';

export interface Bootstrap {
  seconds: number;
  pulled: number;
  counts: Record<string, number>;
}

export async function measureBootstrap(options: {
  dir: string;
  pool: pg.Pool;
  hub: BenchHub;
  students: number;
  accounts: number;
  passwordHash: string;
}): Promise<Bootstrap> {
  const { pool, hub } = options;
  const kiosks: BenchKiosk[] = [];
  try {
    await addBenchSchool(pool, BOOTSTRAP_SCHOOL_UAI);
    const first = openBenchKiosk(options.dir, 'bootstrap-first');
    kiosks.push(first);
    await enrolBenchKiosk(first, hub.url, await benchEnrolmentCode(pool, BOOTSTRAP_SCHOOL_UAI));
    await importBenchRoster(first, options.dir, BOOTSTRAP_SCHOOL_UAI, options.students);
    await syncBenchKiosk(first);
    activateBenchAccounts(first, options.accounts, options.passwordHash);
    await syncBenchKiosk(first);

    const fresh = openBenchKiosk(options.dir, 'bootstrap-new');
    kiosks.push(fresh);
    const code = await benchEnrolmentCode(pool, BOOTSTRAP_SCHOOL_UAI);
    const start = process.hrtime.bigint();
    await enrolBenchKiosk(fresh, hub.url, code);
    const { pulled } = await syncBenchKiosk(fresh);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;

    const expected = kioskCounts(first.db);
    const counts = kioskCounts(fresh.db);
    const differing = Object.keys(expected).filter((key) => expected[key] !== counts[key]);
    if (differing.length > 0) {
      throw new Error(
        `the new kiosk differs from the first: ${differing.map((key) => `${key} ${counts[key]} vs ${expected[key]}`).join(', ')}`,
      );
    }
    return { seconds, pulled, counts };
  } finally {
    for (const kiosk of kiosks) await kiosk.close();
  }
}
