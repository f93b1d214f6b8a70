// An account whose identifier is already someone else's in the group cannot happen by
// construction (sync.md "Identifiers"); if a bug ever sent one, the hub answers over HTTP as for
// any bug: 500 `unavailable`, a log line, and nothing of the batch applied (S-SYNC-5).
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hubErrorSchema,
  pullResponseSchema,
  type SyncedChange,
} from '../../../shared/sync/sync-protocol';
import {
  addTestSchool,
  enrolmentCodeFor,
  freshHubDatabase,
  pushedEvent,
} from '../../support/hub-fixture';
import { hubRequest, startTestHub, type TestHub } from '../../support/test-hub-server';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../support/throwaway-postgres';
import { rosterSnapshot } from './roster-snapshots';

const SCHOOL = '0750001A';
let postgres: ThrowawayPostgres;
let pool: pg.Pool;
let hub: TestHub;
const log: string[] = [];
beforeAll(async () => {
  postgres = await startThrowawayPostgres();
  pool = (await freshHubDatabase(postgres)).pool;
  await addTestSchool(pool, SCHOOL);
  hub = await startTestHub(pool, log);
});
afterAll(async () => {
  await hub.close();
  await pool.end();
  await postgres.stop();
});

async function enrol(): Promise<{ credential: string; kioskNumber: number }> {
  const code = await enrolmentCodeFor(pool, SCHOOL);
  const answer = await hubRequest(hub.url, 'POST', '/v1/enrol', {
    body: { code, kioskLabel: 'Accueil', existingIdentifiers: [] },
  });
  expect(answer.status).toBe(200);
  return answer.body as { credential: string; kioskNumber: number };
}

const account = (identifier: string, guardianId: string): SyncedChange => ({
  type: 'account.created',
  accountId: crypto.randomUUID(),
  identifier,
  firstName: 'Patrick',
  passwordHash: `scrypt$${'c'.repeat(40)}`,
  mustChangePassword: false,
  guardians: [{ schoolUai: SCHOOL, sourceId: guardianId }],
  students: [],
});

describe('an identifier claim that collides (S-SYNC-5)', () => {
  it('is answered 500 with a log line, applies nothing of the batch, and the corrected batch applies', async () => {
    const first = await enrol();
    const second = await enrol();
    const roster = rosterSnapshot(SCHOOL, [
      { sourceId: 'p1', firstName: 'Patrick', familyName: 'Dupont' },
      { sourceId: 'p2', firstName: 'Patrick', familyName: 'Dupont' },
    ]);
    const pushed = await hubRequest(hub.url, 'POST', '/v1/push', {
      credential: first.credential,
      body: { events: [pushedEvent(1, { type: 'roster.imported', snapshot: roster })] },
    });
    expect(pushed.status).toBe(200);
    const before = await pool.query('SELECT count(*)::int AS n FROM changes');

    // p1's reservation given to p2's account, after a correct event in the same batch.
    const fine = account(`patrick.dupont${second.kioskNumber * 10_000 + 1}`, 'p3');
    const answer = await hubRequest(hub.url, 'POST', '/v1/push', {
      credential: second.credential,
      body: { events: [pushedEvent(1, fine), pushedEvent(2, account('patrick.dupont1', 'p2'))] },
    });
    expect(answer.status).toBe(500);
    expect(hubErrorSchema.parse(answer.body).error).toBe('unavailable');
    expect(JSON.stringify(answer.body)).not.toContain('patrick');
    expect(log.some((line) => line.includes('cannot be claimed'))).toBe(true);
    expect((await pool.query('SELECT count(*)::int AS n FROM changes')).rows).toEqual(before.rows);

    // The kiosk retries the same seqs once fixed: they are applied, not counted as replays.
    const retried = await hubRequest(hub.url, 'POST', '/v1/push', {
      credential: second.credential,
      body: { events: [pushedEvent(1, fine)] },
    });
    expect(retried.body).toEqual({ appliedThrough: 1, alreadyApplied: 0 });
    const pulled = pullResponseSchema.parse(
      (await hubRequest(hub.url, 'GET', '/v1/pull?cursor=0', { credential: first.credential }))
        .body,
    );
    expect(pulled.changes.map((c) => c.change)).toContainEqual(fine);
  });
});
