// Issue 13's convergence at scale: three kiosks of one school make 10,000 pushed events each,
// interleaved with syncs through per-kiosk networks that cut pushes and pulls mid-body and refuse
// connections, then sync until nothing moves. They end with identical state, the hub holds each
// event exactly once (nothing doubled), every event was pushed (nothing lost), and each guardian's
// mobile is the one written last in hub order (S-SYNC-5). Nothing is mocked: real kiosks, the
// hub's server, PostgreSQL, a TCP proxy per kiosk; the cuts come from a fixed seed, so a failure
// replays.
//
// The events are the console's own "record a mobile" calls (console.recordMobile), so the journal
// and the corrections table are written by the product's code path, not by this test. Not
// activations: each one hashes a password with scrypt at the product's cost, and 30,000 of them
// would take far longer than the whole test. Every kiosk edits the same dozen guardians, so edits
// of one guardian by different kiosks overlap all the time: they converge to the hub's order only
// thanks to superseded changes and the skip rule (docs/developers/sync.md).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCuttingProxy, type CuttingProxy } from '../support/cutting-proxy';
import { DEMO_PARENTS, seeded, syncedStateOf } from './convergence-fixtures';
import { activate, startKiosk, startTestHub, type TestHub, type TestKiosk } from './sync-harness';

const EVENTS_PER_KIOSK = 10_000;
const ROUNDS = 20;
const EVENTS_PER_ROUND = EVENTS_PER_KIOSK / ROUNDS;
const GUARDIANS_EDITED = 12;
const PASSWORD = 'Tartine beurrée du matin 47';

/**
 * The mobile of a kiosk's n-th event: 06 98 k nnnnn, a number no other event writes, so every
 * event really changes its guardian's mobile. (The hub gets the guardian's mobile as it is at
 * push time, the journal holding no mobiles: the hub's copy of an event is counted, not matched.)
 */
const mobileOf = (kiosk: number, n: number) => `06 98 ${kiosk}${String(n).padStart(5, '0')}`;

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

const stateOf = (kiosk: TestKiosk) => ({
  ...syncedStateOf(kiosk),
  locks: kiosk.db
    .prepare('SELECT source_id, locked_at IS NOT NULL AS locked FROM guardians ORDER BY source_id')
    .all(),
});

const kioskIdOf = (kiosk: TestKiosk) =>
  kiosk.db.prepare('SELECT kiosk_id FROM hub_link').pluck().get() as string;

it('three kiosks with 10,000 events each and random cuts converge, nothing lost or doubled (S-SYNC-5)', async () => {
  const started = Date.now();
  const random = seeded(1013);
  for (const label of ['Accueil', 'Hall', 'Vie scolaire']) {
    const proxy = await startCuttingProxy({ host: '127.0.0.1', port: hub.port });
    proxies.push(proxy);
    const kiosk = await startKiosk();
    kiosks.push(kiosk);
    await kiosk.enrol(proxy.url, await hub.enrolmentCode(), label);
  }
  for (const [index, kiosk] of kiosks.entries()) {
    const parent = DEMO_PARENTS[index];
    if (parent) await activate(kiosk, parent, PASSWORD);
  }
  // The same guardians on every kiosk (one roster): ids are the kiosk's own, so read per kiosk.
  const edited = (kiosk: TestKiosk) =>
    (
      kiosk.db.prepare('SELECT id FROM guardians ORDER BY source_id').pluck().all() as number[]
    ).slice(0, GUARDIANS_EDITED);

  const made = [0, 0, 0];
  let making = 0;
  let syncing = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const t0 = Date.now();
    for (const [index, kiosk] of kiosks.entries()) {
      const ids = edited(kiosk);
      for (let i = 0; i < EVENTS_PER_ROUND; i += 1) {
        const guardianId = ids[Math.floor(random() * ids.length)] ?? 0;
        made[index] = (made[index] ?? 0) + 1;
        await kiosk.call(
          'console.recordMobile',
          { guardianId, mobile: mobileOf(index, made[index] ?? 0) },
          'console',
        );
      }
    }
    making += Date.now() - t0;
    const t1 = Date.now();
    for (const index of [0, 1, 2].sort(() => random() - 0.5)) {
      const proxy = proxies[index];
      const kiosk = kiosks[index];
      if (!proxy || !kiosk) continue;
      proxy.cutAll();
      const network = random();
      // A push of 500 events is some 100 kB: cut anywhere in its first batches.
      if (network < 0.3) proxy.cutUpstreamAfter(200 + Math.floor(random() * 50_000));
      else if (network < 0.6) proxy.cutDownstreamAfter(1 + Math.floor(random() * 5_000));
      else if (network < 0.7) proxy.goOffline();
      await kiosk.syncNow();
      proxy.goOnline();
    }
    syncing += Date.now() - t1;
  }
  const madeAt = Date.now();

  // The network is back everywhere: sync round after round until a whole round moves nothing.
  for (const proxy of proxies) proxy.cutAll();
  let passes = 0;
  for (let quiet = false; !quiet; passes += 1) {
    expect(passes).toBeLessThan(6);
    const before = JSON.stringify(kiosks.map(stateOf));
    for (const kiosk of kiosks) {
      expect(await kiosk.syncNow()).toMatchObject({ lastError: null, waitingEvents: 0 });
    }
    quiet = passes > 0 && JSON.stringify(kiosks.map(stateOf)) === before;
  }
  const cuts = proxies.reduce((total, proxy) => total + proxy.cuts, 0);
  expect(cuts).toBeGreaterThan(5);

  // Identical state on every kiosk for what is synced.
  const [first, ...others] = kiosks.map(stateOf);
  expect(first?.accounts).toHaveLength(3);
  expect(first?.mobiles).toHaveLength(GUARDIANS_EDITED);
  for (const other of others) expect(other).toEqual(first);

  for (const kiosk of kiosks) {
    const kioskId = kioskIdOf(kiosk);
    // Every event made was journalled and pushed: the hub acknowledged up to the last seq.
    const journal = kiosk.db
      .prepare(
        `SELECT count(*) AS n, max(seq) AS last FROM events
          WHERE type = 'guardian.mobile-corrected'`,
      )
      .get() as { n: number; last: number };
    expect(journal.n).toBe(EVENTS_PER_KIOSK);
    const link = kiosk.db.prepare('SELECT pushed_through_seq FROM hub_link').pluck().get();
    const lastSeq = kiosk.db.prepare('SELECT max(seq) FROM events').pluck().get();
    expect(link).toBe(lastSeq);
    const { rows: hubSeq } = await hub.pool.query<{ seq: string }>(
      'SELECT last_applied_seq AS seq FROM kiosks WHERE id = $1',
      [kioskId],
    );
    expect(Number(hubSeq[0]?.seq)).toBeGreaterThanOrEqual(journal.last);
    // Exactly one change on the hub per event of this kiosk: none doubled by a retried push.
    const { rows } = await hub.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM changes
        WHERE origin_kiosk_id = $1 AND type = 'guardian.mobile-corrected'`,
      [kioskId],
    );
    expect(Number(rows[0]?.n)).toBe(EVENTS_PER_KIOSK);
  }

  // Each guardian's mobile everywhere is the one written last in hub order, whichever kiosk
  // wrote it and whenever it reached the hub.
  const { rows: latest } = await hub.pool.query<{ guardian: string; mobile: string }>(
    `SELECT DISTINCT ON (entity_key) payload->'guardian'->>'sourceId' AS guardian,
            payload->>'mobileE164' AS mobile
       FROM changes WHERE type = 'guardian.mobile-corrected'
      ORDER BY entity_key, version DESC`,
  );
  expect(Object.fromEntries(latest.map((row) => [row.guardian, row.mobile]))).toEqual(
    Object.fromEntries(
      (first?.mobiles as { source_id: string; mobile_e164: string }[]).map((row) => [
        row.source_id,
        row.mobile_e164,
      ]),
    ),
  );

  console.log(
    `3 kiosks × ${EVENTS_PER_KIOSK} events: ${making} ms making them, ${syncing} ms syncing ` +
      `under cuts, ${madeAt - started} ms to there, ` +
      `${passes} final passes, ${cuts} cuts, ${Date.now() - started} ms in all`,
  );
}, 900_000);
