// Three kiosks of one school, each with many changes of its own, syncing through the hub over
// networks that cut pushes and pulls at random points: they end with identical state, nothing
// lost and nothing applied twice (S-SYNC-5). The cuts are drawn from a fixed seed, so a failure
// replays. Nothing is mocked: real kiosks, the hub's server, PostgreSQL, a TCP proxy per kiosk.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCuttingProxy, type CuttingProxy } from '../support/cutting-proxy';
import { DEMO_PARENTS, seeded, syncedStateOf } from './convergence-fixtures';
import { activate, startKiosk, startTestHub, type TestHub, type TestKiosk } from './sync-harness';

const ROUNDS = 6;
const CHANGES_PER_ROUND = 20;
const PASSWORD = 'Tartine beurrée du matin 47';

let hub: TestHub;
const kiosks: TestKiosk[] = [];
const proxies: CuttingProxy[] = [];

beforeAll(async () => {
  hub = await startTestHub();
}, 60_000);
afterAll(async () => {
  for (const kiosk of kiosks) await kiosk.close();
  for (const proxy of proxies) await proxy.close();
  await hub.close();
});

const stateOf = syncedStateOf;

it('three kiosks with many changes each and random cuts converge, nothing lost or doubled', async () => {
  const random = seeded(13);
  for (const label of ['Accueil', 'Hall', 'Vie scolaire']) {
    const proxy = await startCuttingProxy({ host: '127.0.0.1', port: hub.port });
    proxies.push(proxy);
    const kiosk = await startKiosk();
    kiosks.push(kiosk);
    await kiosk.enrol(proxy.url, await hub.enrolmentCode(), label);
  }
  // Each kiosk corrects the mobiles of its own third of the guardians: the changes are many
  // and interleaved in time, but never about the same person (conflicts have their own tests).
  const guardianIds = (kiosk: TestKiosk, index: number) =>
    (
      kiosk.db.prepare('SELECT id FROM guardians ORDER BY source_id').pluck().all() as number[]
    ).filter((_id, i) => i % kiosks.length === index);
  // One parent activates at each kiosk (scrypt at the product's cost: most of this test's time).
  for (const [index, kiosk] of kiosks.entries()) {
    const parent = DEMO_PARENTS[index];
    if (parent) await activate(kiosk, parent, PASSWORD);
  }

  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [index, kiosk] of kiosks.entries()) {
      // Some rounds a kiosk changes nothing: its try then starts with a pull, which gets cut.
      const count = random() < 0.2 ? 0 : CHANGES_PER_ROUND;
      const ids = guardianIds(kiosk, index);
      for (let i = 0; i < count; i += 1) {
        const guardianId = ids[Math.floor(random() * ids.length)] ?? 0;
        const mobile = `06 98 ${String(Math.floor(random() * 1e6)).padStart(6, '0')}`;
        await kiosk.call('console.recordMobile', { guardianId, mobile }, 'console');
      }
    }
    for (const index of [0, 1, 2].sort(() => random() - 0.5)) {
      const proxy = proxies[index];
      const kiosk = kiosks[index];
      if (!proxy || !kiosk) continue;
      proxy.cutAll();
      const network = random();
      if (network < 0.25) proxy.cutUpstreamAfter(200 + Math.floor(random() * 20_000));
      else if (network < 0.5) proxy.cutDownstreamAfter(1 + Math.floor(random() * 400));
      else if (network < 0.6) proxy.goOffline();
      await kiosk.syncNow();
      proxy.goOnline();
    }
  }

  // The network is back everywhere: two passes, so that each kiosk has pushed before the others pull.
  for (const proxy of proxies) proxy.cutAll();
  for (let pass = 0; pass < 2; pass += 1) {
    for (const kiosk of kiosks) {
      expect(await kiosk.syncNow()).toMatchObject({ lastError: null, waitingEvents: 0 });
    }
  }
  // Some cuts really happened, in both directions.
  expect(proxies.reduce((cuts, proxy) => cuts + proxy.cuts, 0)).toBeGreaterThan(3);

  const [first, ...others] = kiosks.map(stateOf);
  expect(first?.accounts).toHaveLength(3);
  expect(first?.mobiles.length).toBeGreaterThan(6);
  for (const other of others) expect(other).toEqual(first);

  // Nothing lost, nothing doubled: the hub holds exactly one change per event each kiosk made.
  for (const kiosk of kiosks) {
    const kioskId = kiosk.db.prepare('SELECT kiosk_id FROM hub_link').pluck().get() as string;
    const made = kiosk.db
      .prepare("SELECT count(*) FROM events WHERE type = 'guardian.mobile-corrected'")
      .pluck()
      .get() as number;
    const { rows } = await hub.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM changes
        WHERE origin_kiosk_id = $1 AND type = 'guardian.mobile-corrected'`,
      [kioskId],
    );
    expect(Number(rows[0]?.n)).toBe(made);
    expect(made).toBeGreaterThan(CHANGES_PER_ROUND);
  }
}, 90_000);
