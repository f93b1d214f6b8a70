// The browser host's transport for the IPC contract (architecture.md, "browser host"):
// POST /api/session → { sessionId }, then POST /api/call/<channel> with the session header;
// when the page goes away (reload, close, navigation), POST /api/session/release with the same
// header ends its session, so reloads never fill the host's session table.
// The session id lives in this closure only (S-KIOSK-2: never in web storage or cookies).
import type { Channel, KioskBridge, RequestOf, ResponseOf } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

// Opening the page's session and reading the kiosk's status answer at once whatever the kiosk
// is doing. A page whose request for either were left unanswered would never start; given up
// after this long, the app says it cannot start yet and tries again, on a new request. (The
// page that stayed on "Chargement…" after hundreds of reloads was not that: its own main thread
// was busy, timers included; see renderer/src/styles/main.css.) Other calls may legitimately
// take long (an import, an SMS provider's answer): they have no such limit.
export const STARTUP_REQUEST_TIMEOUT_MS = 10_000;
const STARTUP_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['kiosk.status']);

const transportError = (
  message: string,
): { ok: false; error: { code: 'INTERNAL'; message: string } } => ({
  ok: false,
  error: { code: 'INTERNAL', message },
});

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  'ok' in value &&
  typeof (value as { ok: unknown }).ok === 'boolean';

/** The page's pagehide: fired on reload, close and navigation away. */
const onWindowPageHide = (listener: () => void): void => {
  if (typeof window !== 'undefined') window.addEventListener('pagehide', listener);
};

export function createHttpBridge(
  options: {
    fetch?: FetchLike;
    baseUrl?: string;
    /** Registers the page-gone listener (default: the window's pagehide). */
    onPageHide?: (listener: () => void) => void;
    /** How long a startup request may go unanswered before it is given up (tests shorten it). */
    startupTimeoutMs?: number;
  } = {},
): KioskBridge {
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const base = options.baseUrl ?? '';
  const startupTimeoutMs = options.startupTimeoutMs ?? STARTUP_REQUEST_TIMEOUT_MS;
  const startupSignal = () => AbortSignal.timeout(startupTimeoutMs);
  let sessionId: string | null = null;
  let opening: Promise<string> | null = null;

  // keepalive: the request outlives the page; the header is the same proof every call carries.
  function releaseSession(): void {
    const id = sessionId;
    sessionId = null;
    if (id === null) return;
    doFetch(`${base}/api/session/release`, {
      method: 'POST',
      headers: { 'X-Kiosk-Session': id },
      credentials: 'omit',
      keepalive: true,
    }).catch(() => undefined); // the host evicts a session it never heard released
  }
  (options.onPageHide ?? onWindowPageHide)(releaseSession);

  async function openSession(): Promise<string> {
    const response = await doFetch(`${base}/api/session`, {
      method: 'POST',
      credentials: 'omit',
      signal: startupSignal(),
    });
    if (!response.ok) throw new Error(`session: HTTP ${response.status}`);
    const body = (await response.json()) as { sessionId?: unknown };
    if (typeof body.sessionId !== 'string' || body.sessionId === '') {
      throw new Error('session: no sessionId');
    }
    return body.sessionId;
  }

  async function ensureSession(): Promise<string> {
    if (sessionId !== null) return sessionId;
    if (opening === null) {
      opening = openSession().then(
        (id) => {
          sessionId = id;
          opening = null;
          return id;
        },
        (error: unknown) => {
          opening = null;
          throw error;
        },
      );
    }
    return opening;
  }

  async function post(channel: Channel, id: string, request: unknown): Promise<Response> {
    return doFetch(`${base}/api/call/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kiosk-Session': id },
      body: JSON.stringify(request),
      credentials: 'omit',
      ...(STARTUP_CHANNELS.has(channel) ? { signal: startupSignal() } : {}),
    });
  }

  return {
    async invoke<C extends Channel>(
      channel: C,
      request: RequestOf<C>,
    ): Promise<Result<ResponseOf<C>>> {
      try {
        let id = await ensureSession();
        let response = await post(channel, id, request);
        if (response.status === 401) {
          // The server forgot us (restart): open a new session once and retry.
          if (sessionId === id) sessionId = null;
          id = await ensureSession();
          response = await post(channel, id, request);
        }
        const body: unknown = await response.json().catch(() => null);
        if (isResult(body)) return body as Result<ResponseOf<C>>;
        return transportError(`${channel}: HTTP ${response.status} without a Result body`);
      } catch (error) {
        return transportError(`${channel}: ${error instanceof Error ? error.message : 'failed'}`);
      }
    },
  };
}
