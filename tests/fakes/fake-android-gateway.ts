// A loopback stand-in for "SMS Gateway for Android" (capcom6) in local-server mode, speaking the
// real protocol (../shared/docs/sms-gateways.md): Basic auth, 202 with the real shape, 400 on a
// bad body, 409 on a reused id, GET /health and GET /message/{id}. For integration and
// end-to-end tests; `received` and `lastCodeFor` play the parent's phone.
//
// Conventions:
// - A number ending in 0000 (e.g. +33600000000), or one that is not +digits, is accepted with
//   202 but its recipient is "Failed" with error "Invalid phone number", as the real app does
//   for a number the SIM cannot send to.
// - Modes apply to POST /message only. 'fail-5xx' (500) and 'rate-limit' (429, Retry-After: 1)
//   refuse before accepting anything; 'slow' accepts at once but answers after `delayMs`;
//   'drop' accepts, then destroys the socket without answering (a lost answer). With `times`,
//   the mode covers that many POSTs and the fake then returns to 'normal'.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FakeGatewayMode = 'normal' | 'fail-5xx' | 'rate-limit' | 'slow' | 'drop';

export interface FakeReceivedSms {
  id: string;
  phoneNumbers: string[];
  text: string;
  /** State of the (first) recipient: "Pending", or "Failed" for an invalid number. */
  state: string;
  withDeliveryReport: boolean;
  ttl?: number;
  simNumber?: number;
}

export interface FakeAndroidGateway {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  /** Messages accepted with 202, in order (a 409 retry adds nothing). */
  received: FakeReceivedSms[];
  /** Every request answered or dropped, for asserting how many tries were made. */
  requests: Array<{ method: string; path: string; status: number | 'dropped' }>;
  /** The 6-digit code in the latest SMS the phone would deliver to this number. */
  lastCodeFor(phoneE164: string): string | undefined;
  setMode(mode: FakeGatewayMode, options?: { delayMs?: number; times?: number }): void;
  /** Moves a message on, as the phone does when the operator reports it (for polling tests). */
  setMessageState(id: string, state: string, error?: string): void;
  close(): Promise<void>;
}

interface StoredMessage {
  id: string;
  deviceId: string;
  state: string;
  isHashed: false;
  isEncrypted: false;
  recipients: Array<{ phoneNumber: string; state: string; error: string | null }>;
  states: Record<string, string>;
}

const DEVICE_ID = 'fake-android-device';
const MAX_ID_LENGTH = 36; // inferred from the app's validation

export async function startFakeAndroidGateway(options: {
  username: string;
  password: string;
  port?: number;
}): Promise<FakeAndroidGateway> {
  const expectedAuth = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`;
  const messages = new Map<string, StoredMessage>();
  const received: FakeReceivedSms[] = [];
  const requests: FakeAndroidGateway['requests'] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let mode: FakeGatewayMode = 'normal';
  let delayMs = 2000;
  let modeRemaining = Infinity;

  function reply(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    requests.push({ method: req.method ?? '', path: req.url ?? '', status });
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  function takeMode(): FakeGatewayMode {
    const current = mode;
    if (current !== 'normal' && --modeRemaining <= 0) mode = 'normal';
    return current;
  }

  function accept(
    body: Record<string, unknown>,
    text: string,
    phoneNumbers: string[],
  ): StoredMessage {
    const id =
      typeof body.id === 'string' && body.id !== ''
        ? body.id
        : randomBytes(16).toString('base64url');
    const now = new Date().toISOString();
    const recipients = phoneNumbers.map((phoneNumber) =>
      isDeliverable(phoneNumber)
        ? { phoneNumber, state: 'Pending', error: null }
        : { phoneNumber, state: 'Failed', error: 'Invalid phone number' },
    );
    const state = recipients.every((r) => r.state === 'Failed') ? 'Failed' : 'Pending';
    const stored: StoredMessage = {
      id,
      deviceId: DEVICE_ID,
      state,
      isHashed: false,
      isEncrypted: false,
      recipients,
      states: { [state]: now },
    };
    messages.set(id, stored);
    received.push({
      id,
      phoneNumbers,
      text,
      state: recipients[0]?.state ?? state,
      withDeliveryReport: body.withDeliveryReport !== false,
      ...(typeof body.ttl === 'number' ? { ttl: body.ttl } : {}),
      ...(typeof body.simNumber === 'number' ? { simNumber: body.simNumber } : {}),
    });
    return stored;
  }

  async function handlePost(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req);
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return reply(req, res, 400, { message: 'Invalid JSON body' });
    }
    const problem = validateSendBody(body);
    if (problem) return reply(req, res, 400, { message: problem });
    const request = body as Record<string, unknown>;

    const current = takeMode();
    if (current === 'fail-5xx') return reply(req, res, 500, { message: 'Internal server error' });
    if (current === 'rate-limit') {
      return reply(req, res, 429, { message: 'Too many requests' }, { 'Retry-After': '1' });
    }
    if (typeof request.id === 'string' && messages.has(request.id)) {
      return answer(current, req, res, 409, { message: 'Message with the same ID already exists' });
    }
    const text =
      typeof request.message === 'string'
        ? request.message
        : ((request.textMessage as { text: string } | undefined)?.text ?? '');
    const stored = accept(request, text, request.phoneNumbers as string[]);
    answer(current, req, res, 202, stored, {
      Location: `/message/${encodeURIComponent(stored.id)}`,
    });
  }

  function answer(
    current: FakeGatewayMode,
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    if (current === 'drop') {
      requests.push({ method: req.method ?? '', path: req.url ?? '', status: 'dropped' });
      req.socket.destroy();
      return;
    }
    if (current === 'slow') {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) reply(req, res, status, body, headers);
      }, delayMs);
      timers.add(timer);
      return;
    }
    reply(req, res, status, body, headers);
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method === 'GET' && path === '/health') {
      return reply(req, res, 200, { status: 'pass', version: 'fake', releaseId: 1, checks: {} });
    }
    if (req.headers.authorization !== expectedAuth) {
      return reply(req, res, 401, { message: 'Unauthorized' });
    }
    const byId = /^\/messages?\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && byId?.[1]) {
      const stored = messages.get(decodeURIComponent(byId[1]));
      return stored
        ? reply(req, res, 200, stored)
        : reply(req, res, 404, { message: 'Message not found' });
    }
    if (req.method === 'POST' && (path === '/message' || path === '/messages')) {
      handlePost(req, res).catch(() => reply(req, res, 500, { message: 'Internal server error' }));
      return;
    }
    reply(req, res, 404, { message: 'Not found' });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    requests,
    lastCodeFor(phoneE164) {
      for (let i = received.length - 1; i >= 0; i--) {
        const sms = received[i];
        if (sms?.phoneNumbers.includes(phoneE164) && sms.state !== 'Failed') {
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
    setMessageState(id, state, error) {
      const stored = messages.get(id);
      if (!stored) throw new Error(`Fake Android gateway has no message ${id}`);
      stored.state = state;
      stored.states[state] = new Date().toISOString();
      for (const recipient of stored.recipients) {
        recipient.state = state;
        recipient.error = error ?? null;
      }
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function isDeliverable(phoneNumber: string): boolean {
  return /^\+\d{6,15}$/.test(phoneNumber) && !phoneNumber.endsWith('0000');
}

function validateSendBody(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return 'Body must be a JSON object';
  const b = body as Record<string, unknown>;
  const kinds = ['message', 'textMessage', 'dataMessage'].filter((key) => b[key] !== undefined);
  if (kinds.length !== 1) return 'Exactly one of textMessage or dataMessage must be set';
  if (b.textMessage !== undefined) {
    const text = (b.textMessage as { text?: unknown } | null)?.text;
    if (typeof text !== 'string' || text === '') return 'textMessage.text is required';
  }
  if (b.message !== undefined && (typeof b.message !== 'string' || b.message === ''))
    return 'message must be a non-empty string';
  if (!Array.isArray(b.phoneNumbers) || b.phoneNumbers.length === 0)
    return 'phoneNumbers must not be empty';
  if (!b.phoneNumbers.every((n) => typeof n === 'string' && n !== ''))
    return 'phoneNumbers must be strings';
  if (b.id !== undefined && (typeof b.id !== 'string' || b.id.length > MAX_ID_LENGTH)) {
    return `id must be a string of at most ${MAX_ID_LENGTH} characters`;
  }
  if (
    b.simNumber !== undefined &&
    (!Number.isInteger(b.simNumber) || (b.simNumber as number) < 1)
  ) {
    return 'simNumber must be at least 1';
  }
  if (b.ttl !== undefined && (!Number.isInteger(b.ttl) || (b.ttl as number) < 0))
    return 'ttl must be a non-negative integer';
  return undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
