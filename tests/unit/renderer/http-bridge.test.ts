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

  it('gives up a startup request left unanswered, then starts on a new one (issue 11 item 2)', async () => {
    // A request that never gets an answer, as a page stuck on "Chargement…" saw, until aborted.
    const hanging = (init?: RequestInit) =>
      new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      });
    let sessionRequests = 0;
    const fetch: FetchLike = async (url, init) => {
      if (url === '/api/session') {
        sessionRequests += 1;
        return sessionRequests === 1 ? hanging(init) : json(200, { sessionId: 's2' });
      }
      return json(200, { ok: true, value: { demoMode: false } });
    };
    const bridge = createHttpBridge({ fetch, startupTimeoutMs: 20 });
    const stuck = await bridge.invoke('kiosk.status', {});
    expect(stuck.ok).toBe(false);
    if (!stuck.ok) expect(stuck.error.code).toBe('INTERNAL');
    // The app's retry: a new session request, answered this time.
    expect(await bridge.invoke('kiosk.status', {})).toEqual({
      ok: true,
      value: { demoMode: false },
    });
    expect(sessionRequests).toBe(2);

    // A hung kiosk.status is given up the same way; other calls carry no time limit.
    const signals: Array<AbortSignal | undefined> = [];
    const statusHangs = createHttpBridge({
      fetch: async (url, init) => {
        signals.push(init?.signal ?? undefined);
        if (url === '/api/session') return json(200, { sessionId: 's' });
        return url.endsWith('kiosk.status') ? hanging(init) : json(200, { ok: true, value: {} });
      },
      startupTimeoutMs: 20,
    });
    expect((await statusHangs.invoke('kiosk.status', {})).ok).toBe(false);
    await statusHangs.invoke('session.reset', {});
    expect(signals.map((signal) => signal !== undefined)).toEqual([true, true, false]);
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
