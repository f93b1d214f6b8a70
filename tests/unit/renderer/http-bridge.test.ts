import { describe, expect, it } from 'vitest';
import { createHttpBridge, type FetchLike } from '../../../renderer/src/bridge/http-bridge';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('HTTP bridge', () => {
  it('opens a session, then calls with the session header and the request body', async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    const fetch: FetchLike = async (url, init) => {
      calls.push({ url, init });
      if (url === '/api/session') return json(200, { sessionId: 's1' });
      return json(200, { ok: true, value: { reset: true } });
    };
    const bridge = createHttpBridge({ fetch });
    const result = await bridge.invoke('session.reset', {});
    expect(result).toEqual({ ok: true, value: { reset: true } });
    expect(calls.map((c) => c.url)).toEqual(['/api/session', '/api/call/session.reset']);
    const headers = calls[1]!.init!.headers as Record<string, string>;
    expect(headers['X-Kiosk-Session']).toBe('s1');
    expect(headers['Content-Type']).toBe('application/json');
    expect(calls[1]!.init!.body).toBe('{}');
    await bridge.invoke('kiosk.status', {});
    expect(calls.filter((c) => c.url === '/api/session')).toHaveLength(1);
  });

  it('on 401 opens a new session once and retries', async () => {
    let sessions = 0;
    const seen: string[] = [];
    const fetch: FetchLike = async (url, init) => {
      if (url === '/api/session') return json(200, { sessionId: `s${++sessions}` });
      const id = (init!.headers as Record<string, string>)['X-Kiosk-Session']!;
      seen.push(id);
      return id === 's1' ? json(401, {}) : json(200, { ok: true, value: { loggedOut: true } });
    };
    const bridge = createHttpBridge({ fetch });
    const result = await bridge.invoke('account.logout', {});
    expect(result.ok).toBe(true);
    expect(seen).toEqual(['s1', 's2']);
  });

  it('passes typed errors through and turns transport failures into INTERNAL', async () => {
    const failing = createHttpBridge({
      fetch: async (url) =>
        url === '/api/session'
          ? json(200, { sessionId: 's' })
          : json(200, { ok: false, error: { code: 'LOGIN_FAILED', message: 'no' } }),
    });
    const result = await failing.invoke('login.submit', { identifier: 'a', password: 'b' });
    expect(result).toEqual({ ok: false, error: { code: 'LOGIN_FAILED', message: 'no' } });

    const down = createHttpBridge({
      fetch: async () => {
        throw new Error('connection refused');
      },
    });
    const broken = await down.invoke('kiosk.status', {});
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.code).toBe('INTERNAL');
  });

  it('releases the page session on pagehide, with its session header, once', async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    let pageHide: () => void = () => {};
    const fetch: FetchLike = async (url, init) => {
      calls.push({ url, init });
      if (url === '/api/session') return json(200, { sessionId: `s${calls.length}` });
      return json(200, { ok: true, value: {} });
    };
    const bridge = createHttpBridge({ fetch, onPageHide: (listener) => (pageHide = listener) });
    await bridge.invoke('kiosk.status', {});
    pageHide();
    pageHide();
    const releases = calls.filter((c) => c.url === '/api/session/release');
    expect(releases).toHaveLength(1);
    expect(releases[0]!.init).toMatchObject({
      method: 'POST',
      keepalive: true,
      headers: { 'X-Kiosk-Session': 's1' },
    });
    // A page restored from the back-forward cache opens a new session instead of a released one.
    await bridge.invoke('kiosk.status', {});
    expect(calls.filter((c) => c.url === '/api/session')).toHaveLength(2);
  });
});
