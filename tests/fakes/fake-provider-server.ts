// The loopback HTTP server every cloud SMS provider fake is built on: it records requests and
// the SMS a provider accepted (the parent's phone), and plays the failures every provider can
// have: 'rate-limit' and 'fail-5xx' refuse before accepting anything (each fake answers them in
// its own shape), 'slow' accepts at once but answers after `delayMs`, 'drop' accepts and then
// cuts the connection without answering (a lost answer). Modes apply to sends only; with
// `times` a mode covers that many sends and the fake then returns to 'normal'.
//
// Magic numbers, the same for every cloud fake (each answers in its own protocol):
//   …0000 invalid number · …0402 insufficient credit · …0429 rate limited · …0500 server error
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FakeProviderMode = 'normal' | 'fail-5xx' | 'rate-limit' | 'slow' | 'drop';

export type MagicNumber = 'invalid' | 'no-credit' | 'rate-limit' | 'fail-5xx';

/** The failure a number stands for in every cloud fake, by its last four digits. */
export function magicNumber(number: string): MagicNumber | undefined {
  const last4 = number.replace(/\D/g, '').slice(-4);
  const byEnding: Record<string, MagicNumber> = {
    '0000': 'invalid',
    '0402': 'no-credit',
    '0429': 'rate-limit',
    '0500': 'fail-5xx',
  };
  return byEnding[last4];
}

export interface FakeProviderSms {
  id: string;
  /** The number as the provider received it (its own format). */
  to: string;
  text: string;
  sender?: string;
  /** The whole parsed body, for asserting provider options. */
  body: Record<string, unknown>;
}

export interface FakeRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  headers: IncomingMessage['headers'];
  /** The exact bytes received, as text. */
  rawBody: string;
  /** http://127.0.0.1:port + the request target, as a client would have written it. */
  fullUrl: string;
}

export interface FakeAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Plain text instead of JSON (OVH's /auth/time). */
  text?: boolean;
}

export interface FakeProviderApi {
  /** For a send: the mode it falls under (counts down `times`). */
  takeMode(): FakeProviderMode;
  /** Records an accepted SMS; the answer then follows the mode (slow, drop). */
  accept(sms: FakeProviderSms, answer: FakeAnswer, mode: FakeProviderMode): FakeAnswer;
}

export interface FakeSmsProvider {
  /** What the kiosk's base-URL setting must be for this provider. */
  url: string;
  port: number;
  received: FakeProviderSms[];
  requests: Array<{ method: string; path: string; status: number | 'dropped' }>;
  /** The 6-digit code in the latest SMS accepted for this number (E.164). */
  lastCodeFor(phoneE164: string): string | undefined;
  setMode(mode: FakeProviderMode, options?: { delayMs?: number; times?: number }): void;
  close(): Promise<void>;
}

type Handler = (req: FakeRequest, api: FakeProviderApi) => FakeAnswer | undefined;

const DROP = Symbol('drop');
const SLOW = Symbol('slow');
type Delivered = FakeAnswer & { [DROP]?: true; [SLOW]?: true };

export async function startFakeProviderServer(
  handle: Handler,
  options: { pathPrefix?: string } = {},
): Promise<FakeSmsProvider> {
  const received: FakeProviderSms[] = [];
  const requests: FakeSmsProvider['requests'] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let mode: FakeProviderMode = 'normal';
  let delayMs = 2000;
  let modeRemaining = Infinity;
  let port = 0;

  const api: FakeProviderApi = {
    takeMode() {
      const current = mode;
      if (current !== 'normal' && --modeRemaining <= 0) mode = 'normal';
      return current;
    },
    accept(sms, answer, current) {
      received.push(sms);
      if (current === 'drop') return { ...answer, [DROP]: true } as Delivered;
      if (current === 'slow') return { ...answer, [SLOW]: true } as Delivered;
      return answer;
    },
  };

  function write(req: IncomingMessage, res: ServerResponse, answer: FakeAnswer) {
    requests.push({ method: req.method ?? '', path: req.url ?? '', status: answer.status });
    res.writeHead(answer.status, {
      'Content-Type': answer.text ? 'text/plain' : 'application/json',
      ...answer.headers,
    });
    res.end(answer.text ? String(answer.body) : JSON.stringify(answer.body));
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: FakeRequest = {
        method: req.method ?? '',
        path: (req.url ?? '/').split('?')[0] ?? '/',
        headers: req.headers,
        rawBody: Buffer.concat(chunks).toString('utf8'),
        fullUrl: `http://127.0.0.1:${port}${req.url ?? '/'}`,
      };
      let answer: Delivered | undefined;
      try {
        answer = handle(request, api) ?? { status: 404, body: { message: 'Not found' } };
      } catch (error) {
        answer = { status: 500, body: { message: `fake failed: ${(error as Error).message}` } };
      }
      if (answer[DROP]) {
        requests.push({ method: req.method ?? '', path: req.url ?? '', status: 'dropped' });
        req.socket.destroy();
        return;
      }
      if (answer[SLOW]) {
        const slow = answer;
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) write(req, res, slow);
        }, delayMs);
        timers.add(timer);
        return;
      }
      write(req, res, answer);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}${options.pathPrefix ?? ''}`,
    port,
    received,
    requests,
    lastCodeFor(phoneE164) {
      const digits = phoneE164.replace(/\D/g, '');
      for (let i = received.length - 1; i >= 0; i--) {
        const sms = received[i];
        if (sms && sms.to.replace(/\D/g, '').replace(/^00/, '') === digits) {
          return /\b(\d{6})\b/.exec(sms.text)?.[1];
        }
      }
      return undefined;
    },
    setMode(next, modeOptions = {}) {
      mode = next;
      delayMs = modeOptions.delayMs ?? delayMs;
      modeRemaining = modeOptions.times ?? Infinity;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** JSON.parse that gives undefined instead of throwing (a fake answers 400 then). */
export function parseJsonObject(raw: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
