import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../support/throwaway-postgres';
import type { PulledChange, RosterRef, SyncedChange } from '../../../shared/sync/sync-protocol';
import { startRulesHub, type RulesHub, type TestKiosk } from './rules-hub';

const SCHOOL = '0750001A';
const HOUR = 3_600_000;
const parent: RosterRef = { schoolUai: SCHOOL, sourceId: 'p1' };
const mobile = (mobileE164: string): SyncedChange => ({
  type: 'guardian.mobile-corrected',
  guardian: parent,
  mobileE164,
});
const ofType = <T extends SyncedChange['type']>(pulled: readonly PulledChange[], type: T) =>
  pulled.flatMap((p) =>
    p.change.type === type ? [p.change as Extract<SyncedChange, { type: T }>] : [],
  );

let postgres: ThrowawayPostgres;
beforeAll(async () => {
  postgres = await startThrowawayPostgres();
});
afterAll(async () => {
  await postgres.stop();
});

let hub: RulesHub;
let kioskA: TestKiosk;
let kioskB: TestKiosk;
let newcomer: TestKiosk;
beforeEach(async () => {
  hub = await startRulesHub(postgres);
  kioskA = await hub.kiosk(SCHOOL);
  kioskB = await hub.kiosk(SCHOOL);
  newcomer = await hub.kiosk(SCHOOL);
});
afterEach(async () => {
  await hub.close();
});

/** Two secretaries record a mobile for one parent, each kiosk unaware of the other's. */
async function concurrentMobiles(clocks: { a: number; b: number }): Promise<PulledChange[]> {
  await hub.push(kioskA, {
    change: mobile('+33612345678'),
    seenVersion: 0,
    occurredAt: new Date(Date.now() + clocks.a),
  });
  await hub.push(kioskB, {
    change: mobile('+33698765432'),
    seenVersion: 0,
    occurredAt: new Date(Date.now() + clocks.b),
  });
  return hub.pull(newcomer);
}

describe('the later in hub order wins (sync.md "Conflicts"), clocks never compared', () => {
  it('keeps the mobile that reached the hub later and records a conflict with both numbers masked (S-SYNC-5, S-KIOSK-3)', async () => {
    // B's event happened hours "before" A's by the kiosks' clocks; it reached the hub later.
    const pulled = await concurrentMobiles({ a: 5 * HOUR, b: -5 * HOUR });
    expect(ofType(pulled, 'guardian.mobile-corrected')).toEqual([mobile('+33698765432')]);
    const conflicts = ofType(pulled, 'conflict.recorded');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      kind: 'concurrent-mobile',
      guardian: parent,
      detail: { keptMobile: '+33 6 •• •• •• 32', lostMobile: '+33 6 •• •• •• 78' },
    });
    expect(JSON.stringify(conflicts)).not.toMatch(/12345678|98765432/u);
    // Both secretaries' kiosks see it: A (whose number lost) and B.
    expect(ofType(await hub.pull(kioskA), 'conflict.recorded')).toEqual(conflicts);
    expect(ofType(await hub.pull(kioskB), 'conflict.recorded')).toEqual(conflicts);
  });

  it('gives the same outcome whichever kiosk clock is hours off (S-SYNC-5)', async () => {
    const skewedOneWay = await concurrentMobiles({ a: 7 * HOUR, b: -7 * HOUR });
    await hub.close();
    hub = await startRulesHub(postgres);
    kioskA = await hub.kiosk(SCHOOL);
    kioskB = await hub.kiosk(SCHOOL);
    newcomer = await hub.kiosk(SCHOOL);
    const skewedTheOther = await concurrentMobiles({ a: -7 * HOUR, b: 7 * HOUR });
    const outcome = (pulled: PulledChange[]) => ({
      mobiles: ofType(pulled, 'guardian.mobile-corrected'),
      conflicts: ofType(pulled, 'conflict.recorded').map(({ kind, detail }) => ({
        kind,
        kept: detail['keptMobile'],
        lost: detail['lostMobile'],
      })),
    });
    expect(outcome(skewedTheOther)).toEqual(outcome(skewedOneWay));
    expect(outcome(skewedOneWay).mobiles).toEqual([mobile('+33698765432')]);
  });

  it('serves a kiosk that pulls after three mobile changes only the last, and no conflict when each had seen the one before', async () => {
    await hub.push(kioskA, { change: mobile('+33611111111') });
    await hub.pull(kioskB);
    await hub.push(kioskB, { change: mobile('+33622222222') });
    await hub.pull(kioskA);
    await hub.push(kioskA, { change: mobile('+33633333333') });

    const pulled = await hub.pull(newcomer);
    expect(ofType(pulled, 'guardian.mobile-corrected')).toEqual([mobile('+33633333333')]);
    expect(ofType(pulled, 'conflict.recorded')).toEqual([]);
  });

  it('records no conflict when two kiosks typed the same number', async () => {
    await hub.push(kioskA, { change: mobile('+33612345678'), seenVersion: 0 });
    await hub.push(kioskB, { change: mobile('+33612345678'), seenVersion: 0 });
    expect(ofType(await hub.pull(newcomer), 'conflict.recorded')).toEqual([]);
  });

  it('keeps the password changed later in hub order, with a conflict naming the account and no secret (S-PWD-4)', async () => {
    const accountId = '3f1c8a9e-5b7d-4c2a-9e1f-0a2b3c4d5e6f';
    await hub.push(kioskA, {
      change: {
        type: 'account.created',
        accountId,
        identifier: `patrick.dupont${kioskA.number * 10_000 + 1}`,
        firstName: 'Patrick',
        passwordHash: `scrypt$${'0'.repeat(40)}`,
        mustChangePassword: false,
        guardians: [parent],
        students: [],
      },
    });
    await hub.pull(kioskB);
    const cursor = kioskB.cursor;
    const password = (hash: string): SyncedChange => ({
      type: 'account.password-changed',
      accountId,
      passwordHash: `scrypt$${hash.repeat(40)}`,
      mustChangePassword: false,
    });
    await hub.push(kioskB, {
      change: password('b'),
      seenVersion: cursor,
      occurredAt: new Date(Date.now() + 9 * HOUR),
    });
    await hub.push(kioskA, { change: password('a'), seenVersion: cursor });

    const pulled = await hub.pull(newcomer);
    expect(ofType(pulled, 'account.password-changed')).toEqual([password('a')]);
    const conflicts = ofType(pulled, 'conflict.recorded');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      kind: 'concurrent-password',
      guardian: parent,
      detail: { accountId, identifier: `patrick.dupont${kioskA.number * 10_000 + 1}` },
    });
    expect(JSON.stringify(conflicts)).not.toContain('scrypt');
  });

  it('keeps the lock state that reached the hub later, lock or unlock, without a conflict', async () => {
    await hub.push(kioskA, {
      change: { type: 'guardian.locked', guardian: parent },
      seenVersion: 0,
    });
    await hub.push(kioskB, {
      change: { type: 'guardian.unlocked', guardian: parent },
      seenVersion: 0,
      occurredAt: new Date(Date.now() - 3 * HOUR),
    });
    await hub.push(kioskA, {
      change: { type: 'guardian.locked', guardian: parent },
      seenVersion: 0,
    });

    const pulled = await hub.pull(newcomer);
    expect(pulled.map((p) => p.change)).toEqual([{ type: 'guardian.locked', guardian: parent }]);
  });
});
