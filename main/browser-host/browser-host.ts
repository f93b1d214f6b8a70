// The browser host (architecture.md, "Running without the Electron binary"): a loopback-only
// HTTP server that serves the built renderer and forwards the same IPC contract to the same
// call pipeline (main/ipc/call-pipeline.ts) as Electron's IPC. A second transport, never a
// second implementation: it only establishes who is calling (its own pages: origin, host) and
// for which session (the page's session header).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { base64Length, IMPORT_FILE_MAX_BYTES } from '../../shared/import-view';
import { fail } from '../../shared/result';
import type { KioskCall } from '../ipc/ipc-handlers';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import type { SessionHolding } from '../sessions/session-holding';
import { createBrowserSessions } from './browser-sessions';
import { serveRendererFile } from '../renderer-files/renderer-file-server';

const MAX_BODY_BYTES = 64 * 1024;
// The console's Import section sends one export file per call, as base64: only that channel
// may send that much (the cap's base64, a little over so main can say "too large", plus the
// JSON around it).
const UPLOAD_CHANNEL = 'console.importUpload';
const MAX_UPLOAD_BODY_BYTES = base64Length(IMPORT_FILE_MAX_BYTES + 1) + 4096;
const LOOPBACK_HOST = '127.0.0.1';
/** Where a page's pagehide releases its session (renderer/src/bridge/http-bridge.ts). */
const SESSION_RELEASE_PATH = '/api/session/release';

export interface BrowserHost {
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

function send(res: ServerResponse, status: number, body: Buffer | string, contentType: string) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

/**
 * The body as text, or null past `maxBytes`. Past the limit the rest is either left unread (the
 * caller answers 413 and closes the connection) or, with `drain`, read and dropped up to
 * `drain` more bytes so that a page still sending a large upload gets the answer instead of a
 * reset connection.
 */
function readBody(req: IncomingMessage, maxBytes: number, drain = 0): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let overflow = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (overflow) {
        if (size > maxBytes + drain) req.destroy();
        return;
      }
      if (size > maxBytes) {
        overflow = true;
        chunks.length = 0;
        resolve(null);
        if (drain > 0) return;
        // Stop reading; the caller answers 413 and the connection closes after that answer.
        req.removeAllListeners('data');
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(overflow ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startBrowserHost(options: {
  /** The core's call pipeline. */
  call: KioskCall;
  rendererDir: string;
  port: number;
  /** What a session holds: the staff login is never evicted, a parent's visit last. */
  sessionHolding?: (sessionId: string) => SessionHolding;
  /** How many page sessions stay open at once (tests lower it). */
  maxSessions?: number;
}): Promise<BrowserHost> {
  const { call, rendererDir } = options;
  const sessions = createBrowserSessions({
    maxSessions: options.maxSessions,
    holding: options.sessionHolding,
  });
  let origin = '';
  const allowedHosts = new Set<string>();

  const isAllowedOrigin = (value: string): boolean => {
    try {
      const url = new URL(value); // "null" (sandboxed frames, file://) does not parse: refused
      return url.protocol === 'http:' && allowedHosts.has(url.host);
    } catch {
      return false;
    }
  };

  // Only pages this server served may call it: other sites open in a browser on the same
  // machine (CSRF) and DNS-rebinding hosts are refused.
  const isOwnRequest = (req: IncomingMessage): boolean => {
    if (!allowedHosts.has(req.headers.host ?? '')) return false;
    const requestOrigin = req.headers.origin;
    if (
      requestOrigin !== undefined &&
      requestOrigin !== origin &&
      !isAllowedOrigin(requestOrigin)
    ) {
      return false;
    }
    const site = req.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin';
  };

  const pendingResets = new Set<Promise<unknown>>();
  const endSession = (sessionId: string) => {
    const reset = call('session.reset', { sessionId }, {}).finally(() =>
      pendingResets.delete(reset),
    );
    pendingResets.add(reset);
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (req.method !== 'POST') return sendJson(res, 405, fail('INVALID_REQUEST', 'POST only'));
    if (!isOwnRequest(req))
      return sendJson(res, 403, fail('FORBIDDEN_SENDER', 'Request from another origin'));
    if (path === '/api/session') {
      const sessionId = sessions.open(endSession);
      if (sessionId === null) {
        // Every INTERNAL the kiosk shows has a host log line saying why.
        console.error(
          '[browser-host] session refused: every open kiosk session is running a call or holds the staff login',
        );
        return sendJson(
          res,
          503,
          fail('INTERNAL', 'Too many open kiosk sessions; try again later'),
        );
      }
      return sendJson(res, 200, { sessionId });
    }
    const sessionId = req.headers['x-kiosk-session'];
    if (path === SESSION_RELEASE_PATH) {
      // The page is going away (pagehide): its flows and logins end now, its slot frees.
      if (typeof sessionId !== 'string' || !sessions.release(sessionId)) {
        return sendJson(res, 401, fail('FORBIDDEN_SENDER', 'Unknown kiosk session'));
      }
      endSession(sessionId);
      return sendJson(res, 200, { released: true });
    }
    const match = /^\/api\/call\/([A-Za-z.]+)$/.exec(path);
    if (!match?.[1]) return sendJson(res, 404, fail('INVALID_REQUEST', 'Unknown API path'));
    if (typeof sessionId !== 'string' || !sessions.touch(sessionId)) {
      return sendJson(res, 401, fail('FORBIDDEN_SENDER', 'Unknown kiosk session'));
    }
    const channel = match[1];
    // While its call is read and handled, the session cannot be evicted.
    return sessions.during(sessionId, () => handleCall(req, res, channel, sessionId));
  };

  const handleCall = async (
    req: IncomingMessage,
    res: ServerResponse,
    channel: string,
    sessionId: string,
  ) => {
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, fail('INVALID_REQUEST', 'JSON expected'));
    }
    const isUpload = channel === UPLOAD_CHANNEL;
    const body = isUpload
      ? await readBody(req, MAX_UPLOAD_BODY_BYTES, MAX_UPLOAD_BODY_BYTES)
      : await readBody(req, MAX_BODY_BYTES);
    if (body === null) {
      if (!isUpload) res.setHeader('Connection', 'close');
      return sendJson(
        res,
        413,
        isUpload
          ? fail('IMPORT_FILE_TOO_LARGE', `The file is over ${IMPORT_FILE_MAX_BYTES} bytes`)
          : fail('INVALID_REQUEST', 'Payload too large'),
      );
    }
    let payload: unknown;
    try {
      payload = body === '' ? {} : JSON.parse(body);
    } catch {
      return sendJson(res, 400, fail('INVALID_REQUEST', 'Malformed JSON'));
    }
    sendJson(res, 200, await call(channel, { sessionId }, payload));
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const work = path.startsWith('/api/')
      ? handleApi(req, res, path)
      : (async () => {
          if (!allowedHosts.has(req.headers.host ?? ''))
            return send(res, 403, 'Forbidden host', 'text/plain');
          const answer = await serveRendererFile(rendererDir, req.method ?? 'GET', path);
          res.writeHead(answer.status, { ...SECURITY_HEADERS, ...answer.headers });
          res.end(answer.body ?? undefined);
        })();
    work.catch((error: unknown) => {
      console.error('[browser-host] request failed:', error);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'Unexpected failure'));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      // Typically a second kiosk started on one machine without its own port: say what to do.
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `port ${options.port} of ${LOOPBACK_HOST} is already in use (another kiosk's browser ` +
                'host, or another program): start this one with --port N (or KIOSK_PORT); ' +
                '--port 0 picks a free port',
            )
          : error,
      );
    });
    server.listen(options.port, LOOPBACK_HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${LOOPBACK_HOST}:${port}`;
  allowedHosts.add(`${LOOPBACK_HOST}:${port}`).add(`localhost:${port}`);

  return {
    url: `${origin}/`,
    // Every open flow is ended before the caller closes the database.
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      for (const id of sessions.ids()) endSession(id);
      await Promise.allSettled([...pendingResets]);
      await closed;
    },
  };
}
