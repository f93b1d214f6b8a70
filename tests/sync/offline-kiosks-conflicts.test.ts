// Two kiosks of one school cut off from the hub, where the same person (or two people of the same
// name) act at both; then the network comes back (docs/developers/sync.md, "Conflicts"). What is
// asserted is what parents and secretaries notice: who can log in where, what the console lists,
// which mobile the kiosks end with. The real hub server on a throwaway PostgreSQL; the hub is
// unreachable because its server is stopped.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  activate,
  PATRICK_DUPONT,
  startKiosk,
  startTestHub,
  type TestHub,
  type TestKiosk,
} from './sync-harness';

const PASSWORD_A = 'Tartine beurrée du matin 47';
const PASSWORD_B = 'Confiture de fraises du soir 58';

// The demo roster's homonym of PATRICK_DUPONT: another guardian, another child (Emma).
const OTHER_PATRICK_DUPONT = {
  lastName: 'Dupont',
  firstName: 'Patrick',
  mobile: '06 12 34 56 03',
  birthDates: ['21/09/2014'],
};

let hub: TestHub;
const kiosks: TestKiosk[] = [];
let hubDown = false;

beforeAll(async () => {
  hub = await startTestHub();
}, 60_000);
afterAll(async () => {
  await hub.close();
});
beforeEach(async () => {
  await hub.pool.query(
    `TRUNCATE changes, identifiers, identifier_clashes, kiosks, enrolment_codes, schools CASCADE`,
  );
  await hub.resetSchools();
});
afterEach(async () => {
  for (const kiosk of kiosks.splice(0)) await kiosk.close();
  if (hubDown) await hub.startServer();
  hubDown = false;
});

/**
 * Two enrolled kiosks, then the hub goes away. `syncedBefore`: each had synced once, so it holds
 * the hub's identifier reservations; otherwise each gives identifiers from its own block.
 */
async function twoOfflineKiosks(syncedBefore: boolean): Promise<[TestKiosk, TestKiosk]> {
  const pair: TestKiosk[] = [];
  for (const label of ['Accueil', 'Hall']) {
    const kiosk = await startKiosk();
    kiosks.push(kiosk);
    await kiosk.enrol(hub.url, await hub.enrolmentCode(), label);
    if (syncedBefore) expect(await kiosk.syncNow()).toMatchObject({ lastError: null });
    pair.push(kiosk);
  }
  await hub.stopServer();
  hubDown = true;
  const [a, b] = pair;
  if (!a || !b) throw new Error('two kiosks expected');
  expect(await a.syncNow()).toMatchObject({ lastError: 'unreachable' });
  return [a, b];
}

/** The network is back: A first, then B, twice each so that each pulls what the other pushed. */
async function reconnectAndSync(a: TestKiosk, b: TestKiosk): Promise<void> {
  await hub.startServer();
  hubDown = false;
  for (let pass = 0; pass < 2; pass += 1) {
    for (const kiosk of [a, b]) {
      expect(await kiosk.syncNow()).toMatchObject({ lastError: null, waitingEvents: 0 });
    }
  }
}

async function login(kiosk: TestKiosk, identifier: string, password: string) {
  try {
    return { ok: true, value: await kiosk.call('login.submit', { identifier, password }, 'login') };
  } catch (error) {
    return { ok: false, error: JSON.parse((error as Error).message.replace(/^[^:]+: /u, '')) };
  } finally {
    await kiosk.call('session.reset', {}, 'login').catch(() => undefined);
  }
}

async function conflictsOf(kiosk: TestKiosk) {
  const status = await kiosk.call('console.syncStatus', {}, 'console');
  return status.enrolled ? status.conflicts : [];
}

describe('kiosks offline at the same time, then back', () => {
  it("the same guardian activated at both (before the hub's reservations reached them): the account that reached the hub first is kept everywhere, the other says which identifier to use", async () => {
    const [a, b] = await twoOfflineKiosks(false);
    const kept = await activate(a, PATRICK_DUPONT, PASSWORD_A);
    const retired = await activate(b, PATRICK_DUPONT, PASSWORD_B);
    expect(retired).not.toBe(kept);

    await reconnectAndSync(a, b);

    for (const kiosk of [a, b]) {
      expect(await login(kiosk, kept, PASSWORD_A)).toMatchObject({
        ok: true,
        value: { identifier: kept },
      });
      expect(await login(kiosk, retired, PASSWORD_B)).toMatchObject({
        ok: false,
        error: { code: 'ACCOUNT_RETIRED', details: { useIdentifier: kept } },
      });
      // The retired identifier with a wrong password says nothing about the kept one.
      expect(await login(kiosk, retired, 'Pas le bon mot de passe 12')).toMatchObject({
        ok: false,
        error: { code: 'LOGIN_FAILED' },
      });
      const conflicts = await conflictsOf(kiosk);
      expect(conflicts.map((c) => c.kind)).toEqual(['same-guardian-activated-twice']);
      // Nothing doubled: two accounts (one retired), one of each on each kiosk.
      expect(kiosk.db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(2);
      expect(
        kiosk.db
          .prepare('SELECT count(*) FROM accounts WHERE retired_for_identifier IS NULL')
          .pluck()
          .get(),
      ).toBe(1);
    }
    const { rows } = await hub.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM changes WHERE type = 'account.created'`,
    );
    expect(Number(rows[0]?.n)).toBe(2);
  }, 60_000);

  it("the same guardian activated at both after both pulled the hub's reservation: one identifier, the password that reached the hub first logs in at both kiosks, and neither kiosk's sync is stuck", async () => {
    const [a, b] = await twoOfflineKiosks(true);
    const identifier = await activate(a, PATRICK_DUPONT, PASSWORD_A);
    // Both kiosks give the guardian the hub's one reservation.
    expect(await activate(b, PATRICK_DUPONT, PASSWORD_B)).toBe(identifier);
    const idAtB = b.db
      .prepare('SELECT id FROM accounts WHERE identifier = ?')
      .pluck()
      .get(identifier) as string;

    await reconnectAndSync(a, b);

    for (const kiosk of [a, b]) {
      expect(await login(kiosk, identifier, PASSWORD_A)).toMatchObject({
        ok: true,
        value: { identifier },
      });
      // The other password is refused as any wrong one: the console tells the secretariat.
      expect(await login(kiosk, identifier, PASSWORD_B)).toMatchObject({
        ok: false,
        error: { code: 'LOGIN_FAILED' },
      });
      const conflicts = await conflictsOf(kiosk);
      expect(conflicts.map((c) => c.kind)).toEqual(['same-guardian-activated-twice']);
      expect(
        kiosk.db.prepare('SELECT count(*) FROM accounts WHERE retired_at IS NULL').pluck().get(),
      ).toBe(1);
      expect(await kiosk.syncNow()).toMatchObject({ lastError: null, waitingEvents: 0 });
    }
    // B's own account is kept retired, its children and guardian row moved to the kept one.
    const keptId = a.db
      .prepare('SELECT id FROM accounts WHERE identifier = ?')
      .pluck()
      .get(identifier) as string;
    expect(
      b.db.prepare('SELECT account_id FROM guardians WHERE account_id IS NOT NULL').pluck().all(),
    ).toEqual([keptId]);
    const audits = b.db
      .prepare("SELECT details FROM audit_log WHERE actor = 'sync' AND action = 'account.retired'")
      .pluck()
      .all() as string[];
    expect(audits.map((d) => JSON.parse(d) as unknown)).toContainEqual(
      expect.objectContaining({ accountId: idAtB, keptAccountId: keptId }),
    );
    const { rows } = await hub.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM changes WHERE type = 'account.created'`,
    );
    expect(Number(rows[0]?.n)).toBe(1);
  }, 60_000);

  it.each([
    ['with', true],
    ['without', false],
  ])(
    "two homonym guardians activated one at each kiosk (%s the hub's reservations): distinct identifiers, both log in at both kiosks",
    async (_with, syncedBefore) => {
      const [a, b] = await twoOfflineKiosks(syncedBefore);
      const first = await activate(a, PATRICK_DUPONT, PASSWORD_A);
      const second = await activate(b, OTHER_PATRICK_DUPONT, PASSWORD_B);
      expect(second).not.toBe(first);

      await reconnectAndSync(a, b);

      for (const kiosk of [a, b]) {
        expect(await login(kiosk, first, PASSWORD_A)).toMatchObject({
          ok: true,
          value: { identifier: first },
        });
        expect(await login(kiosk, second, PASSWORD_B)).toMatchObject({
          ok: true,
          value: { identifier: second },
        });
        expect(await conflictsOf(kiosk)).toEqual([]);
        expect(kiosk.db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(2);
      }
    },
    60_000,
  );

  it('two secretaries record different mobiles for one guardian: both kiosks end with the later in hub order, and the conflict is listed', async () => {
    const [a, b] = await twoOfflineKiosks(true);
    const guardianId = (kiosk: TestKiosk) =>
      kiosk.db
        .prepare("SELECT id FROM guardians WHERE source_id = 'DEMO-P03'")
        .pluck()
        .get() as number;
    await a.call(
      'console.recordMobile',
      { guardianId: guardianId(a), mobile: '06 98 11 11 11' },
      'console',
    );
    await b.call(
      'console.recordMobile',
      { guardianId: guardianId(b), mobile: '06 98 22 22 22' },
      'console',
    );

    // A reaches the hub first, so B's mobile comes later in hub order.
    await reconnectAndSync(a, b);

    for (const kiosk of [a, b]) {
      const mobiles = await kiosk.call('console.mobileCorrections', {}, 'console');
      const current = kiosk.db
        .prepare(
          `SELECT c.mobile_e164 FROM guardian_mobile_corrections c
             JOIN guardians g ON g.id = c.guardian_id WHERE g.source_id = 'DEMO-P03'`,
        )
        .pluck()
        .all();
      expect(current).toEqual(['+33698222222']);
      expect(mobiles.length).toBe(1);
      const conflicts = await conflictsOf(kiosk);
      expect(conflicts.map((c) => c.kind)).toEqual(['concurrent-mobile']);
    }
  }, 60_000);
});
