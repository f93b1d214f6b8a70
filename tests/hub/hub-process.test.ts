// The hub as a process, against a real PostgreSQL: killed and restarted mid-push, two instances
// serving one school at once, a clean stop on SIGTERM, and the administrator's commands.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHubCli } from '../../hub/cli/run-hub-cli';
import { serveHub } from '../../hub/cli/serve-hub';
import { pullResponseSchema } from '../../shared/sync/sync-protocol';
import {
  addTestSchool,
  enrolTestKiosk,
  freshHubDatabase,
  lockOf,
  pushedEvent,
} from '../support/hub-fixture';
import { buildHubCli, startHubProcess, type HubProcess } from '../support/hub-process';
import { hubRequest } from '../support/test-hub-server';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/throwaway-postgres';

const A = '0750001A';
let postgres: ThrowawayPostgres;
let url: string;
let pool: pg.Pool;
const processes: HubProcess[] = [];
beforeAll(async () => {
  buildHubCli();
  postgres = await startThrowawayPostgres();
  ({ url, pool } = await freshHubDatabase(postgres));
  await addTestSchool(pool, A);
}, 60_000);
afterAll(async () => {
  for (const hub of processes) if (hub.child.exitCode === null) hub.child.kill('SIGKILL');
  await pool.end();
  await postgres.stop();
});

async function hubProcess(port?: number): Promise<HubProcess> {
  const hub = await startHubProcess(url, port);
  processes.push(hub);
  return hub;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('the hub process', () => {
  it('killed in the middle of a push and restarted: the replay applies every event exactly once (S-SYNC-5)', async () => {
    const kiosk = await enrolTestKiosk(pool, A);
    const events = Array.from({ length: 500 }, (_, i) => pushedEvent(i + 1, lockOf(A, `kill${i}`)));
    const first = await hubProcess();
    const push = hubRequest(first.url, 'POST', '/v1/push', {
      credential: kiosk.credential,
      body: { events },
    }).catch(() => 'cut' as const);
    await pause(30);
    first.child.kill('SIGKILL');
    const cut = await push;
    await first.exited;
    const second = await hubProcess(Number(new URL(first.url).port));
    const replay = await hubRequest(second.url, 'POST', '/v1/push', {
      credential: kiosk.credential,
      body: { events },
    });
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ appliedThrough: 500 });
    if (cut === 'cut')
      expect([0, 500]).toContain((replay.body as { alreadyApplied: number }).alreadyApplied);
    const stored = await pool.query(
      "SELECT count(*)::int AS n FROM changes WHERE payload::text LIKE '%\"kill%'",
    );
    expect(stored.rows[0]).toEqual({ n: 500 });
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.output()).toContain('Stopping the hub');
  });

  it('two instances pushing for one school at once: a third kiosk pulls every change once, in increasing version', async () => {
    const [hub1, hub2] = await Promise.all([hubProcess(), hubProcess()]);
    const writers = await Promise.all([
      enrolTestKiosk(pool, A, 'one'),
      enrolTestKiosk(pool, A, 'two'),
    ]);
    const reader = await enrolTestKiosk(pool, A, 'reader');
    const start = (
      await pool.query<{ v: string }>('SELECT COALESCE(max(version), 0) AS v FROM changes')
    ).rows[0]?.v;
    const tag = randomUUID().slice(0, 8);
    const pushAll = async (credential: string, hubUrl: string, name: string): Promise<void> => {
      for (let batch = 0; batch < 10; batch += 1) {
        const events = Array.from({ length: 20 }, (_, i) =>
          pushedEvent(batch * 20 + i + 1, lockOf(A, `${tag}-${name}-${batch * 20 + i}`)),
        );
        const answer = await hubRequest(hubUrl, 'POST', '/v1/push', {
          credential,
          body: { events },
        });
        expect(answer.status).toBe(200);
      }
    };
    const seen: { version: number; sourceId: string }[] = [];
    let cursor = Number(start);
    let pushing = true;
    const pullWhilePushing = async (): Promise<void> => {
      // Pulls during the pushes, then until a page started after they ended says nothing more.
      for (let round = 0; ; round += 1) {
        const finalRound = !pushing;
        const hubUrl = round % 2 === 0 ? hub1.url : hub2.url;
        const answer = await hubRequest(hubUrl, 'GET', `/v1/pull?cursor=${cursor}`, {
          credential: reader.credential,
        });
        const page = pullResponseSchema.parse(answer.body);
        for (const c of page.changes) {
          if (c.change.type === 'guardian.locked') {
            seen.push({ version: c.version, sourceId: c.change.guardian.sourceId });
          }
        }
        cursor = page.cursor;
        if (finalRound && !page.more) return;
      }
    };
    const puller = pullWhilePushing();
    await Promise.all([
      pushAll(writers[0].credential, hub1.url, 'one'),
      pushAll(writers[1].credential, hub2.url, 'two'),
    ]);
    pushing = false;
    await puller;
    const versions = seen.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((x, y) => x - y));
    expect(new Set(versions).size).toBe(versions.length);
    const ids = seen.map((s) => s.sourceId).filter((id) => id.startsWith(tag));
    expect(ids).toHaveLength(400);
    expect(new Set(ids).size).toBe(400);
  });
});

describe('TLS', () => {
  it('with --tls-cert and --tls-key the hub serves HTTPS, verified against its certificate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-tls-'));
    try {
      const cert = join(dir, 'cert.pem');
      const key = join(dir, 'key.pem');
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
          '-keyout',
          key,
          '-out',
          cert,
        ],
        { stdio: 'ignore' },
      );
      const hub = await serveHub({
        databaseUrl: url,
        port: 0,
        host: '127.0.0.1',
        tlsCertFile: cert,
        tlsKeyFile: key,
        log: () => undefined,
      });
      try {
        expect(hub.url.startsWith('https://127.0.0.1:')).toBe(true);
        const body = await new Promise<string>((resolve, reject) => {
          get(`${hub.url}/v1/status`, { ca: readFileSync(cert) }, (response) => {
            let text = '';
            response.on('data', (chunk: Buffer) => (text += chunk.toString()));
            response.on('end', () => resolve(text));
          }).on('error', reject);
        });
        expect(JSON.parse(body)).toMatchObject({ ok: true, database: 'reachable' });
      } finally {
        await hub.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the administrator commands', () => {
  async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runHubCli(['--database-url', url, ...argv], {
      stdout: (line) => out.push(line),
      stderr: (line) => err.push(line),
      env: {},
      stopRequested: () => new Promise(() => undefined),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('add a school, make an enrolment code, list and revoke kiosks; failures exit 1, wrong usage 2', async () => {
    expect(await cli('school', 'add', '0750009J', '--name', 'École J')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^School 0750009J \(École J\) added\.\n/u),
    });
    expect((await cli('school', 'add', '0750009J')).code).toBe(1);
    expect((await cli('school', 'list')).out).toContain('0750009J  0 kiosk(s)');
    const code = await cli('school', 'enrolment-code', '0750009J');
    expect(code.out).toMatch(
      /Enrolment code for 0750009J: [A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/u,
    );
    expect((await cli('school', 'enrolment-code', '0750008H')).code).toBe(1);
    const kiosk = await enrolTestKiosk(pool, '0750009J', 'Entrée');
    expect((await cli('kiosk', 'list', '--school', '0750009J')).out).toContain(
      `${kiosk.id}  0750009J  #${kiosk.number}  active`,
    );
    expect(await cli('kiosk', 'revoke', kiosk.id)).toMatchObject({ code: 0 });
    expect((await cli('kiosk', 'list', '--school', '0750009J')).out).toContain('revoked');
    expect((await cli('clashes')).code).toBe(0);
    expect((await cli('school', 'frobnicate')).code).toBe(2);
    expect((await cli('school', 'list', '--colour', 'red')).code).toBe(2);
    const unreachable = await runHubCli(
      ['--database-url', 'postgres://postgres@127.0.0.1:1/hub', 'school', 'list'],
      {
        stdout: () => undefined,
        stderr: () => undefined,
        env: {},
        stopRequested: () => new Promise(() => undefined),
      },
    );
    expect(unreachable).toBe(1);
  });
});
