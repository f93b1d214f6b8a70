// Issue 11, item 2: a kiosk must never be locked out by its own reloads, nor by a local
// process opening sessions. A page's session ends when the page goes away; when the table is
// full the idlest parent session gives way; the staff (console) session never does.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../main/browser-host/browser-host';
import { createFirstStaff } from '../console/console-harness';
import { createHarness, type Harness } from '../core/core-harness';

function post(
  url: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let h: Harness;
let host: BrowserHost;
let origin: string;

beforeEach(async () => {
  h = createHarness();
  const rendererDir = join(mkdtempSync(join(tmpdir(), 'kiosk-sessions-')), 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>kiosque</title>');
  host = await startBrowserHost({
    call: h.core.call,
    sessionHolding: h.core.sessionHolding,
    rendererDir,
    port: 0,
  });
  origin = host.url.replace(/\/$/, '');
});

afterEach(async () => {
  await host.close();
  h.close();
});

/** A page load (or a local process) opening a session: the HTTP status and the id. */
async function openSession(): Promise<{ status: number; sessionId: string }> {
  const res = await post(`${origin}/api/session`, { Origin: origin });
  const body = res.status === 200 ? (JSON.parse(res.body) as { sessionId: string }) : null;
  return { status: res.status, sessionId: body?.sessionId ?? '' };
}

async function invoke(sessionId: string, channel: string, payload: unknown = {}) {
  const res = await post(
    `${origin}/api/call/${channel}`,
    { 'Content-Type': 'application/json', 'X-Kiosk-Session': sessionId, Origin: origin },
    JSON.stringify(payload),
  );
  return { status: res.status, result: JSON.parse(res.body) as Record<string, unknown> };
}

const release = (sessionId: string, headers: Record<string, string> = { Origin: origin }) =>
  post(`${origin}/api/session/release`, { ...headers, 'X-Kiosk-Session': sessionId });

describe('browser host page sessions', () => {
  it('ends a page session when the page releases it, and only with the page’s own proof', async () => {
    const { sessionId } = await openSession();
    const started = await invoke(sessionId, 'activation.start');
    const flowId = (started.result as { value: { flowId: string } }).value.flowId;

    // Another site open in the same browser cannot end the kiosk's session.
    expect((await release(sessionId, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await release('made-up')).status).toBe(401);
    expect((await invoke(sessionId, 'kiosk.status')).status).toBe(200);

    expect((await release(sessionId)).status).toBe(200);
    expect((await invoke(sessionId, 'kiosk.status')).status).toBe(401);
    // The flow of the page that went away is ended in the main process, not just forgotten.
    await expect
      .poll(async () => h.call('activation.back', { flowId }, sessionId))
      .toMatchObject({ ok: false });
  });

  it('500 reloads that release their session never lock the kiosk out', async () => {
    for (let reload = 0; reload < 500; reload += 1) {
      const page = await openSession();
      expect(page.status, `reload ${reload}`).toBe(200);
      expect((await invoke(page.sessionId, 'kiosk.status')).status).toBe(200);
      await release(page.sessionId);
    }
    const next = await openSession();
    expect((await invoke(next.sessionId, 'kiosk.status')).result).toMatchObject({ ok: true });
  });

  it('sessions opened and never released (crashed pages, 600 local requests) give way to a new page; the parent at the screen keeps their flow', async () => {
    const parent = await openSession();
    const started = await invoke(parent.sessionId, 'activation.start');
    const flowId = (started.result as { value: { flowId: string } }).value.flowId;
    for (let i = 0; i < 500; i += 1) expect((await openSession()).status, `open ${i}`).toBe(200);
    for (let i = 0; i < 100; i += 1) {
      const page = await openSession();
      expect(page.status).toBe(200);
      expect((await invoke(page.sessionId, 'kiosk.status')).status).toBe(200);
    }
    // Still the parent's flow, in the parent's session.
    const back = await invoke(parent.sessionId, 'activation.back', { flowId });
    expect(back.status).toBe(200);
    expect(back.result).not.toMatchObject({ error: { code: 'FLOW_NOT_FOUND' } });
  });

  it('the staff (console) session survives parent floods and keeps its login', async () => {
    const staff = await openSession();
    await createFirstStaff(h, staff.sessionId);
    for (let i = 0; i < 300; i += 1) {
      const page = await openSession();
      expect(page.status, `page ${i}`).toBe(200);
      if (i % 2 === 0) await invoke(page.sessionId, 'kiosk.status');
    }
    const status = await invoke(staff.sessionId, 'console.status');
    expect(status.status).toBe(200);
    expect(status.result).toMatchObject({
      ok: true,
      value: { staff: { displayName: expect.any(String) } },
    });
  });
});
