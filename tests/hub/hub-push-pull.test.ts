// Pushing a kiosk's events and pulling its school's changes, against a real PostgreSQL
// (S-SYNC-2, S-SYNC-5; docs/developers/sync.md "Ordering never trusts a clock").
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listKiosks } from '../../hub/directory/kiosks';
import { pullChanges } from '../../hub/sync/pull-changes';
import { pushBatch } from '../../hub/sync/push-batch';
import { PUSHED_EVENT_HANDLERS } from '../../hub/sync/pushed-event-handlers';
import type { SyncedChange } from '../../shared/sync/sync-protocol';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/throwaway-postgres';
import {
  addTestSchool,
  enrolTestKiosk,
  freshHubDatabase,
  lockOf,
  pushedEvent,
  type EnrolledKiosk,
} from '../support/hub-fixture';

const A = '0750001A';
const B = '0750002B';
let postgres: ThrowawayPostgres;
let pool: pg.Pool;
beforeAll(async () => {
  postgres = await startThrowawayPostgres();
  pool = (await freshHubDatabase(postgres)).pool;
  await addTestSchool(pool, A);
  await addTestSchool(pool, B);
});
afterAll(async () => {
  await pool.end();
  await postgres.stop();
});

const changeCount = async (): Promise<number> =>
  Number((await pool.query('SELECT count(*) AS n FROM changes')).rows[0].n);

const roster = (uai: string, guardians: number): SyncedChange => ({
  type: 'roster.imported',
  snapshot: {
    school: { uai, name: null, schoolYear: 2026, source: 'demo' },
    students: [],
    guardians: Array.from({ length: guardians }, (_, i) => ({
      sourceId: `g${i}`,
      civility: null,
      familyName: 'Martin',
      usageName: null,
      firstName: 'Paul',
      mobileE164: null,
    })),
    links: [],
  },
});

async function pullAll(kiosk: EnrolledKiosk, from = 0, limit?: number) {
  let cursor = from;
  const versions: number[] = [];
  const changes: SyncedChange[] = [];
  for (;;) {
    const page = await pullChanges(pool, kiosk, cursor, limit);
    versions.push(...page.changes.map((c) => c.version));
    changes.push(...page.changes.map((c) => c.change));
    cursor = page.cursor;
    if (!page.more) return { cursor, versions, changes };
  }
}

describe('S-SYNC-5 push applies each event once', () => {
  it('a batch delivered twice is applied once; the replay is counted, not applied', async () => {
    const kiosk = await enrolTestKiosk(pool, A);
    const before = await changeCount();
    const batch = { events: [pushedEvent(1, lockOf(A, 'g1')), pushedEvent(2, lockOf(A, 'g2'))] };
    expect(await pushBatch(pool, kiosk, batch)).toEqual({
      ok: true,
      value: { appliedThrough: 2, alreadyApplied: 0 },
    });
    expect(await pushBatch(pool, kiosk, batch)).toEqual({
      ok: true,
      value: { appliedThrough: 2, alreadyApplied: 2 },
    });
    // A retry that overlaps: seq 2 again plus a new one (gaps allowed: seq 5).
    const overlap = { events: [batch.events[1]!, pushedEvent(5, lockOf(A, 'g5'))] };
    expect(await pushBatch(pool, kiosk, overlap)).toEqual({
      ok: true,
      value: { appliedThrough: 5, alreadyApplied: 1 },
    });
    expect(await changeCount()).toBe(before + 3);
  });

  it('a batch whose handler fails midway changes nothing, and applies fully when retried', async () => {
    const kiosk = await enrolTestKiosk(pool, A);
    const before = await changeCount();
    const failing = {
      ...PUSHED_EVENT_HANDLERS,
      'guardian.unlocked': async () => {
        throw new Error('handler failed');
      },
    };
    const batch = {
      events: [
        pushedEvent(1, lockOf(A, 'h1')),
        pushedEvent(2, { type: 'guardian.unlocked', guardian: { schoolUai: A, sourceId: 'h1' } }),
        pushedEvent(3, lockOf(A, 'h3')),
      ],
    };
    await expect(pushBatch(pool, kiosk, batch, failing)).rejects.toThrow('handler failed');
    expect(await changeCount()).toBe(before);
    expect((await listKiosks(pool, A)).find((k) => k.id === kiosk.id)?.lastAppliedSeq).toBe(0);
    expect(await pushBatch(pool, kiosk, batch)).toMatchObject({
      ok: true,
      value: { appliedThrough: 3 },
    });
    expect(await changeCount()).toBe(before + 3);
  });

  it('refuses seqs that do not increase and changes written by the hub only, applying nothing', async () => {
    const kiosk = await enrolTestKiosk(pool, A);
    const before = await changeCount();
    const disordered = { events: [pushedEvent(2, lockOf(A, 'x')), pushedEvent(2, lockOf(A, 'y'))] };
    expect(await pushBatch(pool, kiosk, disordered)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    const hubOnly: SyncedChange = {
      type: 'identifier.reserved',
      guardian: { schoolUai: A, sourceId: 'x' },
      identifier: 'paul.martin1',
    };
    const forged = { events: [pushedEvent(1, lockOf(A, 'x')), pushedEvent(2, hubOnly)] };
    expect(await pushBatch(pool, kiosk, forged)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await changeCount()).toBe(before);
  });
});

describe('S-SYNC-2 a kiosk reads and writes only its own school', () => {
  it('a push naming another school is refused with nothing applied', async () => {
    const kiosk = await enrolTestKiosk(pool, A);
    const before = await changeCount();
    const batch = {
      events: [pushedEvent(1, lockOf(A, 'ok')), pushedEvent(2, lockOf(B, 'theirs'))],
    };
    expect(await pushBatch(pool, kiosk, batch)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await pushBatch(pool, kiosk, { events: [pushedEvent(1, roster(B, 1))] })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await changeCount()).toBe(before);
  });

  it("a push about another school's account id is refused", async () => {
    const inB = await enrolTestKiosk(pool, B);
    const accountId = randomUUID();
    const created: SyncedChange = {
      type: 'account.created',
      accountId,
      // From this kiosk's own block: the hub's rules refuse an identifier nobody reserved.
      identifier: `paul.martin${inB.number * 10_000 + 1}`,
      firstName: 'Paul',
      passwordHash: 'x'.repeat(40),
      mustChangePassword: false,
      guardians: [{ schoolUai: B, sourceId: 'g1' }],
      students: [],
    };
    expect((await pushBatch(pool, inB, { events: [pushedEvent(1, created)] })).ok).toBe(true);
    const inA = await enrolTestKiosk(pool, A);
    const hijack: SyncedChange = {
      type: 'account.password-changed',
      accountId,
      passwordHash: 'y'.repeat(40),
      mustChangePassword: false,
    };
    expect(await pushBatch(pool, inA, { events: [pushedEvent(1, hijack)] })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it("a pull never returns another school's changes", async () => {
    const inB = await enrolTestKiosk(pool, B);
    const fromB = await pullAll(inB);
    expect(fromB.changes.length).toBeGreaterThan(0);
    expect(JSON.stringify(fromB.changes)).not.toContain(A);
  });
});

describe('pull', () => {
  it("returns the school's changes by version without the kiosk's own, and the cursor moves past them", async () => {
    const uai = '0750005E';
    await addTestSchool(pool, uai);
    const one = await enrolTestKiosk(pool, uai);
    const two = await enrolTestKiosk(pool, uai);
    await pushBatch(pool, one, {
      events: [pushedEvent(1, lockOf(uai, 'a')), pushedEvent(2, lockOf(uai, 'b'))],
    });
    await pushBatch(pool, two, { events: [pushedEvent(1, lockOf(uai, 'c'))] });
    const seenByOne = await pullAll(one);
    expect(seenByOne.changes).toEqual([lockOf(uai, 'c')]);
    const seenByTwo = await pullAll(two);
    expect(seenByTwo.changes).toEqual([lockOf(uai, 'a'), lockOf(uai, 'b')]);
    expect(seenByTwo.versions).toEqual([...seenByTwo.versions].sort((x, y) => x - y));
    expect(seenByTwo.cursor).toBe(seenByOne.cursor);
    // Only its own change after the cursor: nothing to return, but the cursor still advances.
    const ownOnly = await pullChanges(pool, two, seenByTwo.versions[1]!);
    expect(ownOnly).toEqual({ changes: [], cursor: seenByOne.versions[0], more: false });
    // The administrator's lag: nothing left to pull.
    expect((await listKiosks(pool, uai)).map((k) => k.lag)).toEqual([0, 0]);
    await pushBatch(pool, one, { events: [pushedEvent(3, lockOf(uai, 'd'))] });
    expect((await listKiosks(pool, uai)).map((k) => k.lag)).toEqual([1, 1]);
  });

  it("the administrator's lag counts the school's changes left to pull, not other schools' made in between", async () => {
    const uai = '0750011K';
    const other = '0750012L';
    await addTestSchool(pool, uai);
    await addTestSchool(pool, other);
    const writer = await enrolTestKiosk(pool, uai);
    const reader = await enrolTestKiosk(pool, uai);
    const elsewhere = await enrolTestKiosk(pool, other);
    await pushBatch(pool, writer, { events: [pushedEvent(1, lockOf(uai, 'x1'))] });
    await pullAll(reader);
    // Another school of the group is busy meanwhile: its changes take version numbers too.
    await pushBatch(pool, elsewhere, {
      events: Array.from({ length: 5 }, (_, i) => pushedEvent(i + 1, lockOf(other, `y${i}`))),
    });
    await pushBatch(pool, writer, { events: [pushedEvent(2, lockOf(uai, 'x2'))] });
    const lagOf = async (id: string) =>
      (await listKiosks(pool, uai)).find((kiosk) => kiosk.id === id)?.lag;
    expect(await lagOf(reader.id)).toBe(1);
    await pullAll(reader);
    expect(await lagOf(reader.id)).toBe(0);
  });

  it('pages by at most the limit, with more until the end, each change once', async () => {
    const uai = '0750006F';
    await addTestSchool(pool, uai);
    const writer = await enrolTestKiosk(pool, uai);
    const reader = await enrolTestKiosk(pool, uai);
    const events = Array.from({ length: 25 }, (_, i) => pushedEvent(i + 1, lockOf(uai, `p${i}`)));
    await pushBatch(pool, writer, { events });
    const first = await pullChanges(pool, reader, 0, 10);
    expect(first.changes).toHaveLength(10);
    expect(first.more).toBe(true);
    const all = await pullAll(reader, 0, 10);
    expect(all.changes).toEqual(events.map((e) => e.change));
    expect(new Set(all.versions).size).toBe(25);
  });

  it('skips a roster snapshot superseded by a later one', async () => {
    const uai = '0750007G';
    await addTestSchool(pool, uai);
    const writer = await enrolTestKiosk(pool, uai);
    await pushBatch(pool, writer, {
      events: [pushedEvent(1, roster(uai, 1)), pushedEvent(2, lockOf(uai, 'g0'))],
    });
    await pushBatch(pool, writer, { events: [pushedEvent(3, roster(uai, 2))] });
    const newcomer = await enrolTestKiosk(pool, uai);
    const seen = await pullAll(newcomer);
    expect(seen.changes).toEqual([lockOf(uai, 'g0'), roster(uai, 2)]);
  });
});
