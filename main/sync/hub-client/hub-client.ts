// The kiosk's HTTP client of the hub (docs/developers/sync.md): axios, the protocol version in
// every request's header, the kiosk's credential as a Bearer token (not for enrolment), the
// hub's address checked first (S-SYNC-3) and every answer parsed with the wire schemas before
// anything uses it (S-SYNC-6).
import { Agent as HttpAgent } from 'node:http';
import axios, { type AxiosInstance } from 'axios';
import type { z } from 'zod';
import {
  enrolResponseSchema,
  hubStatusSchema,
  pullResponseSchema,
  pushResponseSchema,
  SYNC_PROTOCOL_HEADER,
  SYNC_PROTOCOL_VERSION,
  type EnrolRequest,
  type EnrolResponse,
  type HubStatus,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../../shared/sync/sync-protocol';
import { checkHubAddress } from './hub-address';
import { answerFailure, transportFailure, type HubFailure } from './hub-failure';
import { HubCaFileError, hubHttpsAgent } from './hub-tls';

/** The hub's routes (hub/): one place to read them from. */
export const HUB_ROUTES = {
  status: '/v1/status',
  enrol: '/v1/enrol',
  push: '/v1/push',
  pull: '/v1/pull',
} as const;

export type HubAnswer<T> = { ok: true; value: T } | { ok: false; failure: HubFailure };

export interface HubClient {
  readonly baseUrl: string;
  status(): Promise<HubAnswer<HubStatus>>;
  enrol(request: EnrolRequest): Promise<HubAnswer<EnrolResponse>>;
  push(request: PushRequest): Promise<HubAnswer<PushResponse>>;
  /** The school's changes after `cursor`, at most MAX_PULL_CHANGES; `more` says to ask again. */
  pull(cursor: number): Promise<HubAnswer<PullResponse>>;
}

export interface HubClientOptions {
  hubUrl: string;
  /** `<kioskId>.<secret>`; absent for enrolment and status. */
  credential?: string;
  /** hubCaFile: a PEM file of a CA trusted on top of the system's. */
  caFile?: string;
  /** Per request; a large roster push is one request. */
  timeoutMs?: number;
  /** Aborts requests in flight (the loop's stop()). */
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** The client, or why the address is refused (nothing is sent then). */
export function createHubClient(
  options: HubClientOptions,
):
  | { ok: true; client: HubClient }
  | { ok: false; failure: HubFailure; problem: 'invalid' | 'not-https' } {
  const address = checkHubAddress(options.hubUrl);
  if (!address.ok) {
    return {
      ok: false,
      problem: address.problem,
      failure: { kind: 'unreachable', hubError: null, message: address.message },
    };
  }
  const { baseUrl } = address;
  let httpsAgent;
  try {
    httpsAgent = baseUrl.startsWith('https:') ? hubHttpsAgent(options.caFile) : undefined;
  } catch (error) {
    if (!(error instanceof HubCaFileError)) throw error;
    // Without the school's CA the hub's certificate cannot be trusted: said as a TLS problem.
    return {
      ok: true,
      client: refusingClient(baseUrl, { kind: 'tls', hubError: null, message: error.message }),
    };
  }
  const http: AxiosInstance = axios.create({
    baseURL: baseUrl,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    adapter: 'http',
    headers: {
      Accept: 'application/json',
      [SYNC_PROTOCOL_HEADER]: String(SYNC_PROTOCOL_VERSION),
      ...(options.credential ? { Authorization: `Bearer ${options.credential}` } : {}),
    },
    // Plain http is loopback only; no keep-alive there either (see hubHttpsAgent).
    httpAgent: new HttpAgent({ keepAlive: false }),
    ...(httpsAgent ? { httpsAgent } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    // A redirect would resend the credential elsewhere; the hub never redirects.
    maxRedirects: 0,
    // Large snapshots and pages; far above what MAX_PULL_CHANGES makes.
    maxContentLength: 256 * 1024 * 1024,
    maxBodyLength: 256 * 1024 * 1024,
    validateStatus: () => true,
  });

  async function call<S extends z.ZodType>(
    what: string,
    schema: S,
    request: {
      method: 'GET' | 'POST';
      url: string;
      data?: unknown;
      params?: Record<string, number>;
    },
  ): Promise<HubAnswer<z.infer<S>>> {
    let response;
    try {
      response = await http.request(request);
    } catch (error) {
      return { ok: false, failure: transportFailure(error, baseUrl) };
    }
    if (response.status < 200 || response.status >= 300) {
      return { ok: false, failure: answerFailure(response.status, response.data, what) };
    }
    const parsed = schema.safeParse(response.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        failure: {
          kind: 'hub-error',
          hubError: null,
          message: `the hub's answer to ${what} is malformed at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
        },
      };
    }
    return { ok: true, value: parsed.data };
  }

  return {
    ok: true,
    client: {
      baseUrl,
      status: () =>
        call('the status request', hubStatusSchema, { method: 'GET', url: HUB_ROUTES.status }),
      enrol: (request) =>
        call('the enrolment', enrolResponseSchema, {
          method: 'POST',
          url: HUB_ROUTES.enrol,
          data: request,
        }),
      push: (request) =>
        call('the push', pushResponseSchema, {
          method: 'POST',
          url: HUB_ROUTES.push,
          data: request,
        }),
      pull: (cursor) =>
        call('the pull', pullResponseSchema, {
          method: 'GET',
          url: HUB_ROUTES.pull,
          params: { cursor },
        }),
    },
  };
}

/** A client whose every request fails the same way, before sending anything. */
function refusingClient(baseUrl: string, failure: HubFailure): HubClient {
  const refuse = () => Promise.resolve({ ok: false as const, failure });
  return { baseUrl, status: refuse, enrol: refuse, push: refuse, pull: refuse };
}
