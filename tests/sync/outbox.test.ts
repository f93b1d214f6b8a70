// The outbox against a real kiosk core on SQLite: the events a person's actions journal, and
// what the hub will receive for them, enriched at push time (docs/developers/sync.md).
import { afterEach, describe, expect, it } from 'vitest';
import { pushRequestSchema, rosterSnapshotSchema } from '../../shared/sync/sync-protocol';
import { createJournal } from '../../main/journal/journal';
import { importRosterFiles } from '../../main/roster/import-roster-files';
import { createOutbox } from '../../main/sync/outbox/read-push-batch';
import {
  activateFully,
  createHarness,
  PATRICK_IDENTITY,
  seedDupontFamily,
  type Harness,
} from '../integration/core/core-harness';
import { loginSecretary } from '../integration/desk/desk-staff-fixture';
import { writeFixturePair } from '../fixtures/siecle/siecle-fixture-files';

const PASSWORD = 'Un-mot-de-passe-solide-42';
/** The school this kiosk is enrolled for in the hub (seedDupontFamily's). */
const SCHOOL = '0750001A';
const BIRTH_DATES = { Léa: '07/03/2014', Hugo: '20/11/2012' };

let h: Harness;
afterEach(() => h.close());

const allEvents = () =>
  h.db.prepare('SELECT seq, type FROM events ORDER BY seq').all() as {
    seq: number;
    type: string;
  }[];

describe('the outbox: what goes up to the hub', () => {
  it('S-SYNC-4 an activation goes up with the password hash the journal never holds', async () => {
    h = createHarness();
    seedDupontFamily(h);
    const identifier = await activateFully(h, PATRICK_IDENTITY, BIRTH_DATES, PASSWORD);
    const account = h.db
      .prepare('SELECT id, password_hash AS hash FROM accounts WHERE identifier = ?')
      .get(identifier) as { id: string; hash: string };
    const journalled = h.db
      .prepare("SELECT payload FROM events WHERE type = 'account.created'")
      .pluck()
      .get() as string;
    expect(journalled).not.toContain(account.hash);

    const batch = createOutbox(h.db).nextBatch(0, 17, SCHOOL);
    const created = batch.events.find((event) => event.change.type === 'account.created');
    expect(created?.change).toEqual({
      type: 'account.created',
      accountId: account.id,
      identifier,
      firstName: 'Patrick',
      passwordHash: account.hash,
      mustChangePassword: false,
      guardians: [{ schoolUai: '0750001A', sourceId: expect.any(String) }],
      students: [
        { schoolUai: '0750001A', sourceId: expect.any(String) },
        { schoolUai: '0750001A', sourceId: expect.any(String) },
      ],
    });
    expect(created?.seenVersion).toBe(17);
    // What the hub parses is exactly what the kiosk sends.
    expect(pushRequestSchema.safeParse({ events: batch.events }).success).toBe(true);
  });

  it('carries the mobile a secretary recorded, which the journal leaves out', async () => {
    h = createHarness();
    const family = seedDupontFamily(h);
    await loginSecretary(h);
    await h.okCall(
      'console.recordMobile',
      { guardianId: family.patrick, mobile: '06 98 76 54 32' },
      'console-session',
    );
    const batch = createOutbox(h.db).nextBatch(0, 0, SCHOOL);
    expect(batch.events.map((event) => event.change)).toContainEqual({
      type: 'guardian.mobile-corrected',
      guardian: { schoolUai: '0750001A', sourceId: expect.any(String) },
      mobileE164: '+33698765432',
    });
  });

  it('S-SYNC-5 says of each change the hub version the kiosk had pulled when it was made, not when it is pushed', async () => {
    h = createHarness();
    const family = seedDupontFamily(h);
    await loginSecretary(h);
    const record = (mobile: string) =>
      h.okCall('console.recordMobile', { guardianId: family.patrick, mobile }, 'console-session');
    await record('06 98 76 54 30'); // before the kiosk joined a hub
    h.db
      .prepare(
        `INSERT INTO hub_link (id, hub_url, kiosk_id, kiosk_number, kiosk_label, school_uai,
                               enrolled_at, pull_cursor)
         VALUES (1, 'https://hub.exemple.fr', 'k', 1, 'Accueil', ?, '2026-12-06T08:00:00Z', 12)`,
      )
      .run(SCHOOL);
    await record('06 98 76 54 31'); // after pulling through version 12
    // A try's pull brings the hub to 40 before the next push: the change above had not seen it,
    // and a change of another kiosk at version 20 is a conflict the hub must record.
    h.db.prepare('UPDATE hub_link SET pull_cursor = 40').run();
    await record('06 98 76 54 32');

    const batch = createOutbox(h.db).nextBatch(0, 40, SCHOOL);
    const mobiles = batch.events.filter((e) => e.change.type === 'guardian.mobile-corrected');
    expect(mobiles.map((e) => e.seenVersion)).toEqual([40, 12, 40]);
  });

  it('acknowledges housekeeping events without sending them, and resumes after them', async () => {
    h = createHarness();
    seedDupontFamily(h);
    const journal = createJournal(h.db);
    const at = new Date('2025-10-06T08:00:00Z');
    journal.record({ at, type: 'roster.purged', entityId: 'roster', payload: { students: 1 } });
    journal.record({
      at,
      type: 'guardian.locked',
      entityId: '0750001A:G1',
      payload: { schoolUai: '0750001A', guardianSourceId: 'G1', lockedAt: at.toISOString() },
    });
    journal.record({ at, type: 'roster.purged', entityId: 'roster', payload: { students: 2 } });
    const outbox = createOutbox(h.db);
    const batch = outbox.nextBatch(0, 0, SCHOOL);
    expect(batch.events.map((event) => event.change.type)).toEqual(['guardian.locked']);
    expect(batch.throughSeq).toBe(allEvents().at(-1)?.seq);
    expect(outbox.waitingCount(0)).toBe(1);
    expect(outbox.nextBatch(batch.throughSeq, 0, SCHOOL)).toEqual({
      events: [],
      throughSeq: batch.throughSeq,
      skipped: [],
    });
  });

  it('sends at most the batch size, in seq order, and the next batch goes on from there', () => {
    h = createHarness();
    const journal = createJournal(h.db);
    const at = new Date('2025-10-06T08:00:00Z');
    for (let i = 0; i < 7; i += 1) {
      journal.record({
        at,
        type: i % 2 ? 'guardian.unlocked' : 'guardian.locked',
        entityId: `0750001A:G${i}`,
        payload: { schoolUai: '0750001A', guardianSourceId: `G${i}` },
      });
    }
    const outbox = createOutbox(h.db, { maxEvents: 3 });
    const seen: number[] = [];
    let through = 0;
    for (let i = 0; i < 5; i += 1) {
      const batch = outbox.nextBatch(through, 0, SCHOOL);
      expect(batch.events.length).toBeLessThanOrEqual(3);
      seen.push(...batch.events.map((event) => event.seq));
      through = batch.throughSeq;
    }
    expect(seen).toEqual(allEvents().map((event) => event.seq));
  });

  it('sends a roster import as the whole roster of the school, read at push time, once', async () => {
    h = createHarness();
    const pair = writeFixturePair();
    await importRosterFiles(h.db, [pair.students, pair.guardians], { clock: h.clock });
    const journalled = h.db
      .prepare("SELECT payload FROM events WHERE type = 'roster.imported'")
      .pluck()
      .get() as string;
    const imported = h.db
      .prepare("SELECT entity_id FROM events WHERE type = 'roster.imported'")
      .pluck()
      .get() as string;
    const batch = createOutbox(h.db).nextBatch(0, 0, imported);
    const rosters = batch.events.filter((event) => event.change.type === 'roster.imported');
    expect(rosters).toHaveLength(1);
    const change = rosters[0]?.change;
    if (change?.type !== 'roster.imported') throw new Error('no roster');
    expect(rosterSnapshotSchema.parse(change.snapshot)).toEqual(change.snapshot);
    const count = (table: string) =>
      h.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    expect(change.snapshot.students).toHaveLength(count('students'));
    expect(change.snapshot.guardians).toHaveLength(count('guardians'));
    expect(change.snapshot.links).toHaveLength(count('guardian_students'));
    // The journal keeps counts only: the names travel in the snapshot, read now.
    const someone = change.snapshot.guardians[0]?.familyName ?? '';
    expect(someone).not.toBe('');
    expect(journalled).not.toContain(someone);
  });

  it('sends only the latest of two waiting imports of a school, and a large roster alone', () => {
    h = createHarness();
    seedDupontFamily(h);
    const journal = createJournal(h.db);
    const at = new Date('2025-10-06T08:00:00Z');
    const imported = () =>
      journal.record({ at, type: 'roster.imported', entityId: '0750001A', payload: {} });
    const locked = (n: number) =>
      journal.record({
        at,
        type: 'guardian.locked',
        entityId: `0750001A:G${n}`,
        payload: { schoolUai: '0750001A', guardianSourceId: `G${n}` },
      });
    locked(1);
    imported();
    locked(2);
    imported();
    locked(3);
    // The Dupont family is 3 people: past a threshold of 2, the roster goes alone.
    const outbox = createOutbox(h.db, { rosterAloneThreshold: 2 });
    const batches: string[][] = [];
    let through = 0;
    for (;;) {
      const batch = outbox.nextBatch(through, 0, SCHOOL);
      if (batch.throughSeq === through) break;
      batches.push(batch.events.map((event) => event.change.type));
      through = batch.throughSeq;
    }
    expect(batches).toEqual([
      ['guardian.locked', 'guardian.locked'],
      ['roster.imported'],
      ['guardian.locked'],
    ]);
    const small = createOutbox(h.db).nextBatch(0, 0, SCHOOL);
    expect(small.events.map((event) => event.change.type)).toEqual([
      'guardian.locked',
      'guardian.locked',
      'roster.imported',
      'guardian.locked',
    ]);
  });

  it('S-SYNC-2 changes about another school (the demo roster of a first start) are accounted for, never sent', () => {
    h = createHarness();
    const journal = createJournal(h.db);
    const at = new Date('2025-10-06T08:00:00Z');
    journal.record({
      at,
      type: 'guardian.locked',
      entityId: '0000000D:G1',
      payload: { schoolUai: '0000000D', guardianSourceId: 'G1' },
    });
    journal.record({
      at,
      type: 'guardian.locked',
      entityId: `${SCHOOL}:G2`,
      payload: { schoolUai: SCHOOL, guardianSourceId: 'G2' },
    });
    const outbox = createOutbox(h.db);
    const batch = outbox.nextBatch(0, 0, SCHOOL);
    expect(batch.events.map((event) => event.change)).toEqual([
      { type: 'guardian.locked', guardian: { schoolUai: SCHOOL, sourceId: 'G2' } },
    ]);
    expect(batch.skipped).toEqual([expect.stringContaining('about school 0000000D')]);
    expect(batch.throughSeq).toBe(allEvents().at(-1)?.seq);
  });
});
