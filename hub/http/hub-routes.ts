// The hub's four endpoints, each from a parsed request to a result; hub-server.ts does HTTP.
import type { IncomingMessage } from 'node:http';
import type { Pool } from 'pg';
import type { z } from 'zod';
import {
  enrolRequestSchema,
  MAX_PUSH_EVENTS,
  pushRequestSchema,
  SYNC_PROTOCOL_VERSION,
  type HubStatus,
} from '../../shared/sync/sync-protocol';
import { isDatabaseUnreachable } from '../database/database-unreachable';
import { authenticateKiosk } from '../directory/authenticate-kiosk';
import { enrolKiosk } from '../directory/enrol-kiosk';
import { hubCounts } from '../directory/hub-counts';
import { hubFail, hubOk, type HubResult } from '../errors/hub-result';
import { pullChanges } from '../sync/pull-changes';
import { pushBatch, type PushingKiosk } from '../sync/push-batch';
import { MAX_REQUEST_BODY_BYTES } from './hub-request-limits';
import { readRequestBody } from './read-request-body';

export interface RouteAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** Reads, parses and validates a JSON body; the refusal says what was wrong, not the data. */
async function parsedBody<S extends z.ZodType>(
  request: IncomingMessage,
  schema: S,
  checkSize?: (parsed: unknown) => boolean,
): Promise<HubResult<z.infer<S>>> {
  const reading = await readRequestBody(request, MAX_REQUEST_BODY_BYTES);
  if (!reading.ok) {
    return reading.reason === 'too-large'
      ? hubFail('too-large', `the body exceeds ${MAX_REQUEST_BODY_BYTES} bytes`)
      : hubFail('bad-request', 'the request body was cut');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(reading.text);
  } catch {
    return hubFail('bad-request', 'the body is not JSON');
  }
  if (checkSize !== undefined && !checkSize(parsed)) {
    return hubFail('too-large', `a push carries at most ${MAX_PUSH_EVENTS} events`);
  }
  const valid = schema.safeParse(parsed);
  if (!valid.success) {
    const first = valid.error.issues[0];
    return hubFail(
      'bad-request',
      `invalid body at ${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}`,
    );
  }
  return hubOk(valid.data);
}

/** `Authorization: Bearer <credential>` → the kiosk (and its school) the credential names. */
export async function authenticatedKiosk(
  pool: Pool,
  request: IncomingMessage,
): Promise<HubResult<PushingKiosk>> {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer (\S+)$/u.exec(header);
  if (match?.[1] === undefined) return hubFail('unauthorised', 'a Bearer credential is required');
  return authenticateKiosk(pool, match[1]);
}

export async function enrolRoute(
  pool: Pool,
  request: IncomingMessage,
): Promise<HubResult<unknown>> {
  const body = await parsedBody(request, enrolRequestSchema);
  return body.ok ? enrolKiosk(pool, body.value) : body;
}

const withinPushLimit = (parsed: unknown): boolean => {
  const events = (parsed as { events?: unknown } | null)?.events;
  return !Array.isArray(events) || events.length <= MAX_PUSH_EVENTS;
};

export async function pushRoute(
  pool: Pool,
  request: IncomingMessage,
  kiosk: PushingKiosk,
): Promise<HubResult<unknown>> {
  const body = await parsedBody(request, pushRequestSchema, withinPushLimit);
  return body.ok ? pushBatch(pool, kiosk, body.value) : body;
}

export async function pullRoute(
  pool: Pool,
  url: URL,
  kiosk: PushingKiosk,
): Promise<HubResult<unknown>> {
  const raw = url.searchParams.get('cursor') ?? '0';
  if (!/^\d{1,15}$/u.test(raw))
    return hubFail('bad-request', 'cursor must be a non-negative integer');
  return hubOk(await pullChanges(pool, kiosk, Number(raw)));
}

export async function statusRoute(pool: Pool): Promise<RouteAnswer> {
  try {
    const counts = await hubCounts(pool);
    const status: HubStatus = {
      ok: true,
      database: 'reachable',
      protocol: SYNC_PROTOCOL_VERSION,
      ...counts,
    };
    return { status: 200, body: status };
  } catch (error) {
    if (!isDatabaseUnreachable(error)) throw error;
    const status: HubStatus = {
      ok: false,
      database: 'unreachable',
      protocol: SYNC_PROTOCOL_VERSION,
      schools: 0,
      kiosks: 0,
    };
    return { status: 503, body: status };
  }
}
