import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeKiosk, type ComposedKiosk } from '../../../main/app/compose-kiosk';
import { startBrowserHost, type BrowserHost } from '../../../main/browser-host/browser-host';
import { base64Length, IMPORT_FILE_MAX_BYTES } from '../../../shared/import-view';
import { createInMemorySecretStore } from '../../fakes/in-memory-secret-store';

// Raw HTTP so the test controls Host and Origin headers exactly as an attacker's page would.
function call(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser host', () => {
  let kiosk: ComposedKiosk;
  let host: BrowserHost;
  let origin: string;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'kiosk-host-'));
    const rendererDir = join(root, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>kiosque</title>');
    writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
    // A symlink inside the renderer folder must not lead outside it either.
    symlinkSync(join(root, 'secret.txt'), join(rendererDir, 'linked-secret.txt'));
    kiosk = await composeKiosk({
      dataDir: join(root, 'data'),
      env: {},
      secretStore: createInMemorySecretStore(),
    });
    host = await startBrowserHost({ call: kiosk.call, rendererDir, port: 0 });
    origin = host.url.replace(/\/$/, '');
  });

  afterAll(async () => {
    await host.close();
    kiosk.close();
  });

  const openSession = async () => {
    const res = await call(`${origin}/api/session`, {
      method: 'POST',
      headers: { Origin: origin },
    });
    return (JSON.parse(res.body) as { sessionId: string }).sessionId;
  };

  const invoke = (
    sessionId: string,
    channel: string,
    payload: unknown,
    headers: Record<string, string> = {},
  ) =>
    call(`${origin}/api/call/${channel}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Kiosk-Session': sessionId,
        Origin: origin,
        ...headers,
      },
      body: JSON.stringify(payload),
    });

  it('listens on the loopback address only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('a second host on a port already taken says so and how to pick another', async () => {
    const port = Number(new URL(origin).port);
    await expect(
      startBrowserHost({ call: kiosk.call, rendererDir: join(tmpdir(), 'unused'), port }),
    ).rejects.toThrow(
      new RegExp(`port ${port} of 127\\.0\\.0\\.1 is already in use .*--port N .*--port 0`, 'u'),
    );
    // The first host still serves.
    expect((await call(`${origin}/`)).status).toBe(200);
  });

  it('serves the renderer with the strict Content-Security-Policy (S-EL-2)', async () => {
    const res = await call(`${origin}/`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('kiosque');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(res.headers['content-security-policy'])).not.toContain('unsafe-eval');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/..%2Fsecret.txt', '/%2e%2e/secret.txt', '/linked-secret.txt']) {
      const res = await call(`${origin}${path}`);
      expect([403, 404], path).toContain(res.status);
      expect(res.body).not.toContain('outside the renderer');
    }
  });

  it('answers a contract call through the same core (demo mode on a fresh data dir)', async () => {
    const sessionId = await openSession();
    const res = await invoke(sessionId, 'kiosk.status', {});
    const result = JSON.parse(res.body) as {
      ok: boolean;
      value: { demoMode: boolean; codeValidityMinutes: number };
    };
    expect(result.ok).toBe(true);
    expect(result.value.demoMode).toBe(true);
    expect(result.value.codeValidityMinutes).toBe(30);
  });

  it('validates payloads against the contract (S-EL-4)', async () => {
    const sessionId = await openSession();
    const res = await invoke(sessionId, 'activation.submitCode', {
      flowId: 'not-a-uuid',
      code: '123456',
    });
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('refuses channels that are not in the contract', async () => {
    const sessionId = await openSession();
    const res = await invoke(sessionId, 'shell.openExternal', {});
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('refuses calls from another origin (a page elsewhere in the same browser)', async () => {
    const sessionId = await openSession();
    const res = await invoke(sessionId, 'kiosk.status', {}, { Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });

  it('refuses an opaque "null" origin (sandboxed frame, file:// page)', async () => {
    const sessionId = await openSession();
    const res = await invoke(sessionId, 'kiosk.status', {}, { Origin: 'null' });
    expect(res.status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await call(`${origin}/api/session`, {
      method: 'POST',
      headers: { Host: 'evil.example' },
    });
    expect(res.status).toBe(403);
  });

  it('answers an oversized payload with 413 instead of reading it all', async () => {
    const sessionId = await openSession();
    const res = await invoke(sessionId, 'login.submit', {
      identifier: 'x',
      password: 'p'.repeat(100_000),
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('accepts a few-MB export on the import upload channel only (behind the staff login)', async () => {
    const sessionId = await openSession();
    const contentBase64 = Buffer.alloc(3 * 1024 * 1024, 'x').toString('base64');
    const upload = await invoke(sessionId, 'console.importUpload', {
      name: 'e.xml',
      contentBase64,
    });
    // Read whole and dispatched: refused by the staff check (S-SEC-1), not by the size limit.
    expect(upload.status).toBe(200);
    expect(JSON.parse(upload.body)).toMatchObject({ error: { code: 'STAFF_NOT_LOGGED_IN' } });
    const other = await invoke(sessionId, 'console.searchGuardians', { query: contentBase64 });
    expect(other.status).toBe(413);
  });

  it('answers an export over the 64 MB cap with 413 and IMPORT_FILE_TOO_LARGE', async () => {
    const sessionId = await openSession();
    // Past the cap and the JSON allowance around it: refused before it is all read.
    const contentBase64 = 'A'.repeat(base64Length(IMPORT_FILE_MAX_BYTES) + 16 * 1024);
    const res = await invoke(sessionId, 'console.importUpload', { name: 'big.zip', contentBase64 });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'IMPORT_FILE_TOO_LARGE' } });
    // 85 MB through the HTTP stack: seconds on a busy 2-core machine.
  }, 30_000);

  it('refuses an unknown session with 401 so the page can open a new one', async () => {
    const res = await invoke('made-up', 'kiosk.status', {});
    expect(res.status).toBe(401);
  });

  it('keeps each page load in its own kiosk session', async () => {
    const first = await openSession();
    const second = await openSession();
    const started = JSON.parse((await invoke(first, 'activation.start', {})).body) as {
      value: { flowId: string };
    };
    const fromOther = await invoke(second, 'activation.back', { flowId: started.value.flowId });
    expect(JSON.parse(fromOther.body)).toMatchObject({
      ok: false,
      error: { code: 'FLOW_NOT_FOUND' },
    });
  });
});
