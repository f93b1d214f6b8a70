// Kiosks of one school syncing through a real hub on a real PostgreSQL (docs/developers/sync.md):
// what a parent and a secretary notice, and what the network can do to a sync. Nothing is
// mocked; the network's failures come from a TCP proxy the test controls.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databasePath } from '../../main/database/database-location';
import { revokeKiosk } from '../../hub/directory/kiosks';
import { startCuttingProxy, type CuttingProxy } from '../support/cutting-proxy';
import {
  activate,
  PATRICK_DUPONT,
  startKiosk,
  startTestHub,
  type TestHub,
  type TestKiosk,
} from './sync-harness';

const PASSWORD = 'Tartine beurrée du matin 47';

let hub: TestHub;
let proxy: CuttingProxy | null = null;
const kiosks: TestKiosk[] = [];

beforeAll(async () => {
  hub = await startTestHub();
}, 60_000);
afterAll(async () => {
  await hub.close();
});
afterEach(async () => {
  for (const kiosk of kiosks.splice(0)) await kiosk.close();
  await proxy?.close();
  proxy = null;
});

/** A fresh school database per test: a new hub database would be slower; a new UAI is not. */
async function enrolledKiosk(label: string, hubUrl = hub.url): Promise<TestKiosk> {
  const kiosk = await startKiosk();
  kiosks.push(kiosk);
  await kiosk.enrol(hubUrl, await hub.enrolmentCode(), label);
  return kiosk;
}

const kioskIdOf = (kiosk: TestKiosk) =>
  (kiosk.db.prepare('SELECT kiosk_id FROM hub_link').pluck().get() as string | undefined) ?? '';

/** How many changes the hub holds from this kiosk, by type. */
async function hubChangesFrom(kiosk: TestKiosk, type: string): Promise<number> {
  const { rows } = await hub.pool.query<{ n: string }>(
    'SELECT count(*) AS n FROM changes WHERE origin_kiosk_id = $1 AND type = $2',
    [kioskIdOf(kiosk), type],
  );
  return Number(rows[0]?.n ?? 0);
}

describe('kiosks of one school through the hub', () => {
  it('a parent who activated at kiosk A logs in at kiosk B after a sync', async () => {
    await resetHub();
    const a = await enrolledKiosk('Accueil');
    const b = await enrolledKiosk('Hall');
    const identifier = await activate(a, PATRICK_DUPONT, PASSWORD);
    await expect(b.call('login.submit', { identifier, password: PASSWORD })).rejects.toThrow(
      /LOGIN_FAILED|INVALID/u,
    );

    expect((await a.syncNow()).enrolled && (await a.syncNow())).toMatchObject({
      lastError: null,
      waitingEvents: 0,
    });
    await b.syncNow();

    const account = await b.call('login.submit', { identifier, password: PASSWORD }, 'parent-b');
    expect(account).toMatchObject({ identifier });
    // A wrong password is still refused at B: B has the hash, not a blank account.
    await expect(
      b.call('login.submit', { identifier, password: 'Pas le bon mot de passe 12' }),
    ).rejects.toThrow();
  });

  it('S-SYNC-5 a push whose answer was lost is sent again and applied once', async () => {
    await resetHub();
    proxy = await startCuttingProxy({ host: '127.0.0.1', port: hub.port });
    const a = await enrolledKiosk('Accueil', proxy.url);
    const b = await enrolledKiosk('Hall');
    await activate(a, PATRICK_DUPONT, PASSWORD);

    proxy.cutAll();
    proxy.cutDownstreamAfter(1);
    const lost = await a.syncNow();
    expect(lost).toMatchObject({ lastError: 'unreachable' });
    expect(proxy.cuts).toBe(1);
    // The hub applied the batch, but the kiosk never heard so: it still counts it as waiting.
    expect(await hubChangesFrom(a, 'account.created')).toBe(1);
    expect(lost.enrolled && lost.waitingEvents).toBeGreaterThan(0);

    const replayed = await a.syncNow();
    expect(replayed).toMatchObject({ lastError: null, waitingEvents: 0, unreachableSince: null });
    expect(await hubChangesFrom(a, 'account.created')).toBe(1);
    await b.syncNow();
    expect(b.db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(1);
  });

  it('S-SYNC-5 a push cut in the middle of its body changes nothing, and the next try delivers it', async () => {
    await resetHub();
    proxy = await startCuttingProxy({ host: '127.0.0.1', port: hub.port });
    const a = await enrolledKiosk('Accueil', proxy.url);
    await activate(a, PATRICK_DUPONT, PASSWORD);

    proxy.cutAll();
    // Past the request line and headers, well inside the batch (the roster snapshot is large).
    proxy.cutUpstreamAfter(2_000);
    expect(await a.syncNow()).toMatchObject({ lastError: 'unreachable' });
    expect(await hubChangesFrom(a, 'account.created')).toBe(0);

    expect(await a.syncNow()).toMatchObject({ lastError: null, waitingEvents: 0 });
    expect(await hubChangesFrom(a, 'account.created')).toBe(1);
    expect(await hubChangesFrom(a, 'roster.imported')).toBe(1);
  });

  it('S-SYNC-5 the hub restarted in the middle of a push: the kiosk retries and it lands once', async () => {
    await resetHub();
    proxy = await startCuttingProxy({ host: '127.0.0.1', port: hub.port });
    const a = await enrolledKiosk('Accueil', proxy.url);
    await activate(a, PATRICK_DUPONT, PASSWORD);
    proxy.cutAll();
    // The server goes down once the kiosk's push is under way (its connections cut), and comes
    // back on the same address.
    const underWay = proxy.whenUpstreamReaches(1_000);
    const pushing = a.syncNow();
    await underWay;
    await hub.restart();
    expect(await pushing).toMatchObject({ lastError: 'unreachable' });
    const after = await a.syncNow();
    expect(after).toMatchObject({ lastError: null, waitingEvents: 0 });
    expect(await hubChangesFrom(a, 'account.created')).toBe(1);
  });

  it('a kiosk offline keeps working, says since when, and catches up when the network is back', async () => {
    await resetHub();
    proxy = await startCuttingProxy({ host: '127.0.0.1', port: hub.port });
    const a = await enrolledKiosk('Accueil', proxy.url);
    const b = await enrolledKiosk('Hall');
    await a.syncNow();

    proxy.goOffline();
    const identifier = await activate(a, PATRICK_DUPONT, PASSWORD);
    const offline = await a.syncNow();
    expect(offline).toMatchObject({
      lastError: 'unreachable',
      unreachableSince: expect.any(String),
    });
    expect(offline.enrolled && offline.waitingEvents).toBeGreaterThan(0);
    expect(offline.enrolled && offline.nextTryAt).toBeNull();
    // The parent can use the kiosk meanwhile.
    expect(await a.call('login.submit', { identifier, password: PASSWORD }, 'p2')).toMatchObject({
      identifier,
    });

    proxy.goOnline();
    expect(await a.syncNow()).toMatchObject({
      lastError: null,
      unreachableSince: null,
      waitingEvents: 0,
    });
    await b.syncNow();
    expect(await b.call('login.submit', { identifier, password: PASSWORD })).toMatchObject({
      identifier,
    });
  });

  it('S-SYNC-1 a revoked kiosk is refused at once, and its status says it was revoked', async () => {
    await resetHub();
    const a = await enrolledKiosk('Accueil');
    expect(await a.syncNow()).toMatchObject({ lastError: null });
    const revoked = await revokeKiosk(hub.pool, kioskIdOf(a));
    expect(revoked.ok).toBe(true);
    await activate(a, PATRICK_DUPONT, PASSWORD);
    const status = await a.syncNow();
    expect(status).toMatchObject({ lastError: 'revoked', unreachableSince: expect.any(String) });
    expect(await hubChangesFrom(a, 'account.created')).toBe(0);
  });

  it('S-SYNC-3 refuses http:// to an address that is not this machine, and changes nothing', async () => {
    const kiosk = await startKiosk();
    kiosks.push(kiosk);
    const refused = await kiosk.composed.sync.enrol({
      hubUrl: 'http://192.0.2.10:8443',
      code: 'ABCD-EFGH-JKLM-NPQR',
      kioskLabel: 'Accueil',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'HUB_URL_NOT_HTTPS' } });
    expect(kiosk.composed.sync.status()).toEqual({ enrolled: false });
    expect(kiosk.store.held['hub-credential']).toBeUndefined();
    // Loopback is this machine: a local hub (or a local TLS proxy) is allowed.
    const local = await kiosk.composed.sync.enrol({
      hubUrl: 'http://127.0.0.1:9',
      code: 'ABCD-EFGH-JKLM-NPQR',
      kioskLabel: 'Accueil',
    });
    expect(local).toMatchObject({ ok: false, error: { code: 'HUB_UNREACHABLE' } });
    expect(kiosk.composed.sync.status()).toEqual({ enrolled: false });
  });
});

/** Each test starts from an empty hub (its tables truncated), so counts are the test's own. */
async function resetHub(): Promise<void> {
  await hub.pool.query(
    `TRUNCATE changes, identifiers, identifier_clashes, kiosks, enrolment_codes, schools CASCADE`,
  );
  await hub.resetSchools();
}

describe('a kiosk restored from an older copy of its database', () => {
  /**
   * Kiosk A records a mobile and syncs; a copy of its database is taken (`before` lets the test
   * make changes first that the copy holds but the hub does not yet); A goes on and syncs again;
   * then A is stopped, its database replaced by the copy, and started again.
   */
  async function restoredKiosk(before: (a: TestKiosk) => Promise<void>): Promise<TestKiosk> {
    await resetHub();
    const a = await enrolledKiosk('Accueil');
    await recordMobile(a, '06 98 00 00 01');
    await a.syncNow();
    await before(a);
    const copy = join(a.dataDir, 'copy.sqlite');
    await a.db.backup(copy);
    await recordMobile(a, '06 98 00 00 03');
    await recordMobile(a, '06 98 00 00 04');
    expect(await a.syncNow()).toMatchObject({ lastError: null, waitingEvents: 0 });
    kiosks.splice(kiosks.indexOf(a), 1);
    await a.close();
    const file = databasePath(a.dataDir);
    for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    copyFileSync(copy, file);
    const restored = await startKiosk({ again: { dataDir: a.dataDir, store: a.store } });
    kiosks.push(restored);
    return restored;
  }

  it('S-SYNC-5 its next changes, numbered as ones the hub already applied, are refused loudly and kept waiting, never dropped as replays', async () => {
    const restored = await restoredKiosk(async () => {});
    const before = await hub.pool.query('SELECT count(*)::int AS n FROM changes');
    await recordMobile(restored, '06 98 00 00 09');

    const status = await restored.syncNow();
    expect(status).toMatchObject({ lastError: 'restored' });
    expect(status.enrolled && status.waitingEvents).toBeGreaterThan(0);
    const after = await hub.pool.query('SELECT count(*)::int AS n FROM changes');
    expect(after.rows).toEqual(before.rows);
  });

  it('S-SYNC-5 a copy whose own waiting changes the hub has is told apart from a lost answer, and nothing is skipped', async () => {
    // The copy holds a change made after the first sync, which the hub then received.
    const restored = await restoredKiosk((a) => recordMobile(a, '06 98 00 00 02'));
    const status = await restored.syncNow();
    expect(status).toMatchObject({ lastError: 'restored' });
    expect(status.enrolled && status.waitingEvents).toBeGreaterThan(0);
  });
});

async function recordMobile(kiosk: TestKiosk, mobile: string): Promise<void> {
  const guardianId = kiosk.db
    .prepare("SELECT id FROM guardians WHERE source_id = 'DEMO-P03'")
    .pluck()
    .get() as number;
  await kiosk.call('console.recordMobile', { guardianId, mobile }, 'console');
}
