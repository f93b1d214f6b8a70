// The hub's HTTP endpoints against a real PostgreSQL: enrolment, push, pull, status, and every
// refusal as a hubErrorSchema body (S-SYNC-1, S-SYNC-2, S-SYNC-5).
import { connect } from 'node:net';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BODY_BYTES } from '../../hub/http/hub-request-limits';
import {
  hubErrorSchema,
  hubStatusSchema,
  MAX_PUSH_EVENTS,
  pullResponseSchema,
  SYNC_PROTOCOL_VERSION,
  type SyncedChange,
} from '../../shared/sync/sync-protocol';
import {
  addTestSchool,
  enrolmentCodeFor,
  freshHubDatabase,
  lockOf,
  pushedEvent,
} from '../support/hub-fixture';
import { hubRequest, startTestHub, type TestHub } from '../support/test-hub-server';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/throwaway-postgres';

const A = '0750001A';
const B = '0750002B';
let postgres: ThrowawayPostgres;
let pool: pg.Pool;
let hub: TestHub;
const log: string[] = [];
beforeAll(async () => {
  postgres = await startThrowawayPostgres();
  pool = (await freshHubDatabase(postgres)).pool;
  await addTestSchool(pool, A);
  await addTestSchool(pool, B);
  hub = await startTestHub(pool, log);
});
afterAll(async () => {
  await hub.close();
  await pool.end();
  await postgres.stop();
});

async function enrolOverHttp(uai: string): Promise<{ kioskId: string; credential: string }> {
  const code = await enrolmentCodeFor(pool, uai);
  const answer = await hubRequest(hub.url, 'POST', '/v1/enrol', {
    body: { code, kioskLabel: 'Accueil', existingIdentifiers: [] },
  });
  expect(answer.status).toBe(200);
  return answer.body as { kioskId: string; credential: string };
}

const push = (credential: string, events: unknown[]) =>
  hubRequest(hub.url, 'POST', '/v1/push', { credential, body: { events } });
const pull = (credential: string, cursor = 0) =>
  hubRequest(hub.url, 'GET', `/v1/pull?cursor=${cursor}`, { credential });

function expectRefusal(
  answer: { status: number; body: unknown },
  status: number,
  code: string,
): void {
  expect(answer.status).toBe(status);
  expect(hubErrorSchema.parse(answer.body).error).toBe(code);
  expect(JSON.stringify(answer.body)).not.toMatch(/\n\s+at /u);
}

/** A big school's roster as the pusher sends it: 20,000 guardians, 15,000 pupils, 30,000 links. */
function bigRoster(uai: string): SyncedChange {
  return {
    type: 'roster.imported',
    snapshot: {
      school: { uai, name: 'Collège Jean Moulin', schoolYear: 2026, source: 'siecle' },
      students: Array.from({ length: 15_000 }, (_, i) => ({
        sourceId: `E${100000 + i}`,
        familyName: 'Dupont-Lefebvre',
        usageName: null,
        firstName: 'Marie-Charlotte',
        birthDate: '2012-03-14',
        className: '4E B',
        enrolled: true,
      })),
      guardians: Array.from({ length: 20_000 }, (_, i) => ({
        sourceId: `R${100000 + i}`,
        civility: 'MME',
        familyName: 'Dupont-Lefebvre',
        usageName: 'Martin',
        firstName: 'Anne-Sophie',
        mobileE164: '+33612345678',
      })),
      links: Array.from({ length: 30_000 }, (_, i) => ({
        guardianSourceId: `R${100000 + (i % 20_000)}`,
        studentSourceId: `E${100000 + (i % 15_000)}`,
        legalLevel: 1,
        relationCode: '10',
      })),
    },
  };
}

describe('GET /v1/status', () => {
  it('answers without a credential: alive, database reachable, protocol and counts', async () => {
    const answer = await hubRequest(hub.url, 'GET', '/v1/status', { protocol: null });
    expect(answer.status).toBe(200);
    expect(hubStatusSchema.parse(answer.body)).toMatchObject({
      ok: true,
      database: 'reachable',
      protocol: SYNC_PROTOCOL_VERSION,
      schools: 2,
    });
  });
});

describe('enrol, push and pull over HTTP', () => {
  it('a kiosk pushes, another kiosk of the school pulls it, and a replay is applied once (S-SYNC-5)', async () => {
    const one = await enrolOverHttp(A);
    const two = await enrolOverHttp(A);
    const events = [pushedEvent(1, lockOf(A, 'g1')), pushedEvent(2, lockOf(A, 'g2'))];
    expect(await push(one.credential, events)).toEqual({
      status: 200,
      body: { appliedThrough: 2, alreadyApplied: 0 },
    });
    expect(await push(one.credential, events)).toEqual({
      status: 200,
      body: { appliedThrough: 2, alreadyApplied: 2 },
    });
    const pulled = await pull(two.credential);
    expect(pulled.status).toBe(200);
    const page = pullResponseSchema.parse(pulled.body);
    expect(page.changes.map((c) => c.change)).toEqual([lockOf(A, 'g1'), lockOf(A, 'g2')]);
    expect(page.changes.every((c) => c.originKioskId === one.kioskId)).toBe(true);
    // The pushing kiosk gets nothing back, but its cursor advances past its own changes.
    const own = pullResponseSchema.parse((await pull(one.credential)).body);
    expect(own).toEqual({ changes: [], cursor: page.cursor, more: false });
  });

  it('S-SYNC-1: a used enrolment code is refused over HTTP like an unknown one', async () => {
    const code = await enrolmentCodeFor(pool, A);
    const body = { code, kioskLabel: 'Accueil', existingIdentifiers: [] };
    expect((await hubRequest(hub.url, 'POST', '/v1/enrol', { body })).status).toBe(200);
    const used = await hubRequest(hub.url, 'POST', '/v1/enrol', { body });
    const unknown = await hubRequest(hub.url, 'POST', '/v1/enrol', {
      body: { ...body, code: 'AAAA-BBBB-CCCC-DDDD' },
    });
    expectRefusal(used, 403, 'enrolment-code-invalid');
    expect(used).toEqual(unknown);
  });

  it('S-SYNC-1: no credential, a forged one, and a revoked kiosk at its next request are refused', async () => {
    const kiosk = await enrolOverHttp(A);
    expectRefusal(await hubRequest(hub.url, 'GET', '/v1/pull?cursor=0'), 401, 'unauthorised');
    expectRefusal(await pull(`${kiosk.kioskId}.${'A'.repeat(43)}`), 401, 'unauthorised');
    expect((await pull(kiosk.credential)).status).toBe(200);
    await pool.query('UPDATE kiosks SET revoked_at = now() WHERE id = $1', [kiosk.kioskId]);
    expectRefusal(await pull(kiosk.credential), 401, 'unauthorised');
    expectRefusal(
      await push(kiosk.credential, [pushedEvent(1, lockOf(A, 'r'))]),
      401,
      'unauthorised',
    );
  });

  it('S-SYNC-2: the school comes from the credential; another school is neither read nor written', async () => {
    const inA = await enrolOverHttp(A);
    const inB = await enrolOverHttp(B);
    expect((await push(inB.credential, [pushedEvent(1, lockOf(B, 'b-only'))])).status).toBe(200);
    expectRefusal(
      await push(inA.credential, [pushedEvent(1, lockOf(B, 'forged'))]),
      400,
      'bad-request',
    );
    const seenByA = JSON.stringify((await pull(inA.credential)).body);
    expect(seenByA).not.toContain('b-only');
    expect(seenByA).not.toContain(B);
    expect(seenByA).not.toContain('forged');
  });
});

describe('refusals', () => {
  it('the sync protocol: the current version is accepted, a missing or older one and a newer one are refused', async () => {
    const kiosk = await enrolOverHttp(A);
    const withProtocol = (protocol: string | null) =>
      hubRequest(hub.url, 'GET', '/v1/pull?cursor=0', { credential: kiosk.credential, protocol });
    expect((await withProtocol(String(SYNC_PROTOCOL_VERSION))).status).toBe(200);
    expectRefusal(await withProtocol(String(SYNC_PROTOCOL_VERSION + 1)), 426, 'protocol-too-new');
    expectRefusal(await withProtocol(null), 426, 'protocol-too-old');
    expectRefusal(await withProtocol(String(SYNC_PROTOCOL_VERSION - 2)), 426, 'protocol-too-old');
  });

  it('bad JSON, an invalid body, a change only the hub writes and a bad cursor are 400, applying nothing', async () => {
    const kiosk = await enrolOverHttp(A);
    const before = (await pool.query('SELECT count(*)::int AS n FROM changes')).rows[0];
    expectRefusal(
      await hubRequest(hub.url, 'POST', '/v1/push', {
        credential: kiosk.credential,
        rawBody: '{"events": [',
      }),
      400,
      'bad-request',
    );
    expectRefusal(await push(kiosk.credential, [{ seq: 1 }]), 400, 'bad-request');
    const hubOnly: SyncedChange = {
      type: 'identifier.reserved',
      guardian: { schoolUai: A, sourceId: 'x' },
      identifier: 'paul.martin1',
    };
    expectRefusal(
      await push(kiosk.credential, [pushedEvent(1, lockOf(A, 'x')), pushedEvent(2, hubOnly)]),
      400,
      'bad-request',
    );
    expectRefusal(await pull(kiosk.credential, -1), 400, 'bad-request');
    expectRefusal(await hubRequest(hub.url, 'GET', '/v1/nothing-here'), 404, 'not-found');
    expect((await pool.query('SELECT count(*)::int AS n FROM changes')).rows[0]).toEqual(before);
  });

  it('413: more events than a push may carry, and a body over the limit', async () => {
    const kiosk = await enrolOverHttp(A);
    const tooMany = Array.from({ length: MAX_PUSH_EVENTS + 1 }, (_, i) =>
      pushedEvent(i + 1, lockOf(A, `m${i}`)),
    );
    expectRefusal(await push(kiosk.credential, tooMany), 413, 'too-large');
    const huge = `{"events":[${' '.repeat(MAX_REQUEST_BODY_BYTES)}]}`;
    expectRefusal(
      await hubRequest(hub.url, 'POST', '/v1/push', {
        credential: kiosk.credential,
        rawBody: huge,
      }),
      413,
      'too-large',
    );
  });

  it('a 20,000-guardian roster snapshot fits the body limit with room to spare, and is applied', async () => {
    const kiosk = await enrolOverHttp(A);
    const events = [pushedEvent(1, bigRoster(A))];
    const size = Buffer.byteLength(JSON.stringify({ events }));
    expect(size).toBeLessThan(MAX_REQUEST_BODY_BYTES / 2);
    expect(await push(kiosk.credential, events)).toEqual({
      status: 200,
      body: { appliedThrough: 1, alreadyApplied: 0 },
    });
  });
});

describe('a connection cut mid-request', () => {
  /** Sends a push by hand and cuts the connection once `cutWhen` resolves, never reading the answer. */
  async function rawPush(
    credential: string,
    events: unknown[],
    sendBytes: (body: string) => string,
    cutWhen: () => Promise<void>,
  ): Promise<void> {
    const body = JSON.stringify({ events });
    const port = new URL(hub.url).port;
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    socket.write(
      `POST /v1/push HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n` +
        `Authorization: Bearer ${credential}\r\nx-sync-protocol: ${SYNC_PROTOCOL_VERSION}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${sendBytes(body)}`,
    );
    await cutWhen();
    socket.destroy();
  }

  const appliedSeq = async (kioskId: string): Promise<string | undefined> =>
    (await pool.query('SELECT last_applied_seq FROM kiosks WHERE id = $1', [kioskId])).rows[0]
      ?.last_applied_seq;

  const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  it('a body cut in the middle changes nothing, and the hub keeps serving', async () => {
    const kiosk = await enrolOverHttp(A);
    const events = Array.from({ length: 50 }, (_, i) => pushedEvent(i + 1, lockOf(A, `cut${i}`)));
    await rawPush(
      kiosk.credential,
      events,
      (body) => body.slice(0, body.length / 2),
      () => pause(100),
    );
    await pause(200);
    expect(await appliedSeq(kiosk.kioskId)).toBe('0');
    expect(await push(kiosk.credential, events)).toEqual({
      status: 200,
      body: { appliedThrough: 50, alreadyApplied: 0 },
    });
  });

  it('an answer lost after the hub applied the batch: the replay is counted, not applied again', async () => {
    const kiosk = await enrolOverHttp(A);
    const events = Array.from({ length: 50 }, (_, i) => pushedEvent(i + 1, lockOf(A, `lost${i}`)));
    await rawPush(
      kiosk.credential,
      events,
      (body) => body,
      async () => {
        for (let i = 0; i < 100 && (await appliedSeq(kiosk.kioskId)) !== '50'; i += 1)
          await pause(50);
      },
    );
    expect(await push(kiosk.credential, events)).toEqual({
      status: 200,
      body: { appliedThrough: 50, alreadyApplied: 50 },
    });
    const stored = await pool.query(
      "SELECT count(*)::int AS n FROM changes WHERE payload::text LIKE '%lost%'",
    );
    expect(stored.rows[0]).toEqual({ n: 50 });
  });
});

describe('PostgreSQL unreachable', () => {
  it('answers 503 unavailable while it is down, and the status says so; the retry then succeeds once', async () => {
    const kiosk = await enrolOverHttp(A);
    const events = Array.from({ length: 200 }, (_, i) => pushedEvent(i + 1, lockOf(A, `down${i}`)));
    // Restarted in the middle of a push: the push either committed or did nothing.
    const during = push(kiosk.credential, events);
    await postgres.cluster.stop();
    const answered = await during;
    expect([200, 503]).toContain(answered.status);
    expectRefusal(await push(kiosk.credential, events), 503, 'unavailable');
    const status = await hubRequest(hub.url, 'GET', '/v1/status');
    expect(status.status).toBe(503);
    expect(hubStatusSchema.parse(status.body)).toMatchObject({
      ok: false,
      database: 'unreachable',
    });
    await postgres.cluster.start();
    const retried = await push(kiosk.credential, events);
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual({
      appliedThrough: 200,
      alreadyApplied: answered.status === 200 ? 200 : 0,
    });
    const stored = await pool.query(
      "SELECT count(*)::int AS n FROM changes WHERE payload::text LIKE '%down%'",
    );
    expect(stored.rows[0]).toEqual({ n: 200 });
    expect(log.join('\n')).not.toContain('unexpected error');
  });
});
