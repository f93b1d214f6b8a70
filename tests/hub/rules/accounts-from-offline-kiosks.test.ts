import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../support/throwaway-postgres';
import type { PulledChange, RosterRef, SyncedChange } from '../../../shared/sync/sync-protocol';
import { accountCreatedChange } from './account-created-change';
import { rosterSnapshot } from './roster-snapshots';
import { startRulesHub, type RulesHub, type TestKiosk } from './rules-hub';

const SCHOOL = '0750001A';
const guardian = (sourceId: string, schoolUai = SCHOOL): RosterRef => ({ schoolUai, sourceId });

const accountCreated = (identifier: string, guardianId: string, school = SCHOOL) =>
  accountCreatedChange(identifier, [guardianId], school);

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
beforeEach(async () => {
  hub = await startRulesHub(postgres);
  kioskA = await hub.kiosk(SCHOOL);
  kioskB = await hub.kiosk(SCHOOL);
});
afterEach(async () => {
  await hub.close();
});

describe('accounts activated at kiosks that were offline (sync.md "Identifiers", "Conflicts")', () => {
  it("keeps both homonyms activated from each kiosk's own block, with distinct identifiers", async () => {
    // The roster was imported at both kiosks while offline: neither has a reservation.
    const a = accountCreated(`patrick.dupont${kioskA.number * 10_000 + 1}`, 'p1');
    const b = accountCreated(`patrick.dupont${kioskB.number * 10_000 + 1}`, 'p2');
    await hub.push(kioskA, { change: a, seenVersion: 0 });
    await hub.push(kioskB, { change: b, seenVersion: 0 });

    const seenByA = await hub.pull(kioskA);
    const seenByB = await hub.pull(kioskB);
    expect(ofType(seenByA, 'account.created')).toEqual([b]);
    expect(ofType(seenByB, 'account.created')).toEqual([a]);
    expect([...seenByA, ...seenByB].map((p) => p.change.type)).not.toContain('account.retired');
    expect([...seenByA, ...seenByB].map((p) => p.change.type)).not.toContain('conflict.recorded');
    const { rows } = await hub.pool.query<{ identifier: string; origin: string }>(
      'SELECT identifier, origin FROM identifiers ORDER BY identifier',
    );
    expect(rows).toEqual(
      [
        { identifier: `patrick.dupont${kioskA.number * 10_000 + 1}`, origin: 'kiosk' },
        { identifier: `patrick.dupont${kioskB.number * 10_000 + 1}`, origin: 'kiosk' },
      ].sort((x, y) => x.identifier.localeCompare(y.identifier)),
    );
  });

  it('keeps the first account to reach the hub for one guardian activated at two kiosks, retires the other, and both kiosks see the conflict (S-SYNC-5: clocks hours off)', async () => {
    await hub.push(kioskA, {
      change: {
        type: 'roster.imported',
        snapshot: rosterSnapshot(SCHOOL, [
          { sourceId: 'p1', firstName: 'Patrick', familyName: 'Dupont' },
        ]),
      },
    });
    await hub.pull(kioskA);
    // A used the hub's reservation; B, offline since before it, gave one from its block.
    const atA = accountCreated('patrick.dupont1', 'p1');
    const atB = accountCreated(`patrick.dupont${kioskB.number * 10_000 + 1}`, 'p1');
    // B's clock is hours ahead, A's hours behind: it changes nothing, B reached the hub first.
    await hub.push(kioskB, {
      change: atB,
      seenVersion: 0,
      occurredAt: new Date(Date.now() + 5 * 3_600_000),
    });
    await hub.push(kioskA, { change: atA, occurredAt: new Date(Date.now() - 5 * 3_600_000) });

    const seenByA = await hub.pull(kioskA);
    const seenByB = await hub.pull(kioskB);
    const retirement = {
      type: 'account.retired',
      accountId: atA.accountId,
      keptAccountId: atB.accountId,
      keptIdentifier: atB.identifier,
    };
    expect(ofType(seenByA, 'account.retired')).toEqual([retirement]);
    expect(ofType(seenByB, 'account.retired')).toEqual([retirement]);
    // Nothing dropped: B learns of A's account (to show the retirement), A of B's (the one kept).
    expect(ofType(seenByA, 'account.created')).toEqual([atB]);
    expect(ofType(seenByB, 'account.created')).toEqual([atA]);
    for (const pulled of [seenByA, seenByB]) {
      const conflicts = ofType(pulled, 'conflict.recorded');
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        kind: 'same-guardian-activated-twice',
        guardian: guardian('p1'),
        detail: {
          keptIdentifier: `patrick.dupont${kioskB.number * 10_000 + 1}`,
          retiredIdentifier: 'patrick.dupont1',
        },
      });
      expect(JSON.stringify(conflicts[0])).not.toContain('scrypt');
    }
    // The retired identifier stays that account's: it is never given to anyone else.
    const { rows } = await hub.pool.query<{ identifier: string }>(
      'SELECT identifier FROM identifiers WHERE account_id IS NOT NULL ORDER BY identifier',
    );
    expect(rows.map((r) => r.identifier)).toContain('patrick.dupont1');
    expect(rows).toHaveLength(2);
  });

  it('retires the second account of one guardian given the same reserved identifier at two offline kiosks, instead of refusing the push for ever; no kiosk receives two accounts with one identifier (S-SYNC-5)', async () => {
    await hub.push(kioskA, {
      change: {
        type: 'roster.imported',
        snapshot: rosterSnapshot(SCHOOL, [
          { sourceId: 'p1', firstName: 'Patrick', familyName: 'Dupont' },
        ]),
      },
    });
    await hub.pull(kioskA);
    await hub.pull(kioskB);
    // Both kiosks had pulled p1's reservation, then went offline together.
    const atA = accountCreated('patrick.dupont1', 'p1');
    const atB = accountCreated('patrick.dupont1', 'p1');
    await hub.push(kioskA, { change: atA });
    await hub.push(kioskB, { change: atB });

    const seenByA = await hub.pull(kioskA);
    const seenByB = await hub.pull(kioskB);
    const retirement = {
      type: 'account.retired',
      accountId: atB.accountId,
      keptAccountId: atA.accountId,
      keptIdentifier: 'patrick.dupont1',
    };
    expect(ofType(seenByA, 'account.retired')).toEqual([retirement]);
    expect(ofType(seenByB, 'account.retired')).toEqual([retirement]);
    expect(ofType(seenByA, 'account.created')).toEqual([]);
    expect(ofType(seenByB, 'account.created')).toEqual([atA]);
    for (const pulled of [seenByA, seenByB]) {
      const conflicts = ofType(pulled, 'conflict.recorded');
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        kind: 'same-guardian-activated-twice',
        guardian: guardian('p1'),
        detail: {
          keptIdentifier: 'patrick.dupont1',
          retiredIdentifier: 'patrick.dupont1',
          firstPasswordKept: true,
        },
      });
      expect(JSON.stringify(conflicts[0])).not.toContain('scrypt');
    }
    const { rows } = await hub.pool.query(
      'SELECT identifier, account_id FROM identifiers WHERE account_id IS NOT NULL',
    );
    expect(rows).toEqual([{ identifier: 'patrick.dupont1', account_id: atA.accountId }]);
    const created = await hub.pool.query(
      "SELECT count(*)::int AS n FROM changes WHERE type = 'account.created'",
    );
    expect(created.rows).toEqual([{ n: 1 }]);
  });

  it("still refuses the whole push when another guardian's account already holds the identifier (a bug: S-SYNC-5)", async () => {
    await hub.push(kioskA, {
      change: {
        type: 'roster.imported',
        snapshot: rosterSnapshot(SCHOOL, [
          { sourceId: 'p1', firstName: 'Patrick', familyName: 'Dupont' },
          { sourceId: 'p2', firstName: 'Patrick', familyName: 'Dupont' },
        ]),
      },
    });
    await hub.push(kioskA, { change: accountCreated('patrick.dupont1', 'p1') });
    const before = await hub.pool.query('SELECT count(*)::int AS n FROM changes');
    await expect(
      hub.push(kioskB, { change: accountCreated('patrick.dupont1', 'p2') }),
    ).rejects.toThrow(/already held by account/u);
    const after = await hub.pool.query('SELECT count(*)::int AS n FROM changes');
    expect(after.rows).toEqual(before.rows);
  });

  it('claims the identifiers a kiosk gave alone before it joined, and never reserves them again', async () => {
    // This kiosk ran alone and gave patrick.dupont1; it sends it at enrolment, then its journal.
    // (A school's first kiosk: one holding accounts cannot join a school that has kiosks.)
    const school = '0690002B';
    const veteran = await hub.kiosk(school, ['patrick.dupont1']);
    const observer = await hub.kiosk(school);
    const given = accountCreated('patrick.dupont1', 'p9', school);
    await hub.push(
      veteran,
      {
        change: {
          type: 'roster.imported',
          snapshot: rosterSnapshot(school, [
            { sourceId: 'p9', firstName: 'Patrick', familyName: 'Dupont' },
            { sourceId: 'p10', firstName: 'Patrick', familyName: 'Dupont' },
          ]),
        },
      },
      { change: given },
    );
    const pulled = await hub.pull(observer);
    expect(ofType(pulled, 'account.created')).toEqual([given]);
    const reserved = ofType(pulled, 'identifier.reserved').map((r) => r.identifier);
    expect(reserved).not.toContain('patrick.dupont1');
    expect(ofType(pulled, 'conflict.recorded')).toEqual([]);
    const { rows } = await hub.pool.query(
      "SELECT account_id, origin FROM identifiers WHERE identifier = 'patrick.dupont1'",
    );
    expect(rows).toEqual([{ account_id: given.accountId, origin: 'pre-enrolment' }]);
  });

  it("refuses the whole push when an identifier is already someone else's (a bug by construction; S-SYNC-5: nothing of the batch applied)", async () => {
    await hub.push(kioskA, {
      change: {
        type: 'roster.imported',
        snapshot: rosterSnapshot(SCHOOL, [
          { sourceId: 'p1', firstName: 'Patrick', familyName: 'Dupont' },
          { sourceId: 'p2', firstName: 'Patrick', familyName: 'Dupont' },
        ]),
      },
    });
    const before = await hub.pool.query('SELECT count(*)::int AS n FROM changes');
    // p2's account under p1's reservation, after a correct event in the same batch.
    const fine = accountCreated(`patrick.dupont${kioskB.number * 10_000 + 1}`, 'p3');
    const stolen = accountCreated('patrick.dupont1', 'p2');
    await expect(hub.push(kioskB, { change: fine }, { change: stolen })).rejects.toThrow(
      /cannot be claimed/u,
    );
    const after = await hub.pool.query('SELECT count(*)::int AS n FROM changes');
    expect(after.rows).toEqual(before.rows);
    const { rows } = await hub.pool.query(
      'SELECT count(*)::int AS n FROM identifiers WHERE account_id IS NOT NULL',
    );
    expect(rows).toEqual([{ n: 0 }]);
  });
});
