// The hub's HTTP(S) server. Stateless: every request is authenticated and answered from
// PostgreSQL alone, so instances can be added behind a load balancer. Every refusal is a
// hubErrorSchema body; an unexpected error is logged here and answered without its details.
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Pool } from 'pg';
import type { HubError } from '../../shared/sync/sync-protocol';
import { isDatabaseUnreachable } from '../database/database-unreachable';
import type { HubFailure, HubResult } from '../errors/hub-result';
import { HTTP_STATUS_OF } from './http-status-of';
import {
  authenticatedKiosk,
  enrolRoute,
  pullRoute,
  pushRoute,
  statusRoute,
  type RouteAnswer,
} from './hub-routes';
import { checkSyncProtocol } from './sync-protocol-header';

export interface HubServerOptions {
  readonly pool: Pool;
  /** PEM certificate and key: the hub serves HTTPS itself. Without, plain HTTP (behind a TLS proxy). */
  readonly tls?: { readonly cert: Buffer; readonly key: Buffer };
  /** One line per request and every unexpected error; defaults to stderr. */
  readonly log?: (line: string) => void;
}

const failureAnswer = (failure: HubFailure): RouteAnswer => {
  const body: HubError = { error: failure.code, message: failure.message };
  return { status: HTTP_STATUS_OF[failure.code], body };
};

const resultAnswer = (result: HubResult<unknown>): RouteAnswer =>
  result.ok ? { status: 200, body: result.value } : failureAnswer(result.error);

async function route(pool: Pool, request: IncomingMessage): Promise<RouteAnswer> {
  const url = new URL(request.url ?? '/', 'http://hub');
  const endpoint = `${request.method ?? ''} ${url.pathname}`;
  if (endpoint === 'GET /v1/status') return statusRoute(pool);
  if (!['POST /v1/enrol', 'POST /v1/push', 'GET /v1/pull'].includes(endpoint)) {
    return failureAnswer({ code: 'not-found', message: `no endpoint ${endpoint}` });
  }
  const protocol = checkSyncProtocol(request.headers);
  if (!protocol.ok) return failureAnswer(protocol.error);
  if (endpoint === 'POST /v1/enrol') return resultAnswer(await enrolRoute(pool, request));
  const kiosk = await authenticatedKiosk(pool, request);
  if (!kiosk.ok) return failureAnswer(kiosk.error);
  if (endpoint === 'POST /v1/push')
    return resultAnswer(await pushRoute(pool, request, kiosk.value));
  return resultAnswer(await pullRoute(pool, url, kiosk.value));
}

function send(request: IncomingMessage, response: ServerResponse, answer: RouteAnswer): void {
  if (response.destroyed) return;
  const body = JSON.stringify(answer.body);
  const headers: Record<string, string | number> = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  };
  // A body left unread (too large, refused early) must not be drained: close instead.
  if (!request.complete) headers.connection = 'close';
  response.writeHead(answer.status, headers);
  response.end(body);
}

export function createHubServer(options: HubServerOptions): Server {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const started = Date.now();
    void route(options.pool, request)
      .catch((error: unknown): RouteAnswer => {
        if (isDatabaseUnreachable(error)) {
          return failureAnswer({
            code: 'unavailable',
            message: 'the hub database cannot be reached; try again later',
          });
        }
        log(
          `hub: unexpected error on ${request.method} ${request.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        // No code fits a bug better than "try later"; the details stay in the hub's log.
        return {
          status: 500,
          body: { error: 'unavailable', message: 'internal error; the hub log has the details' },
        };
      })
      .then((answer) => {
        send(request, response, answer);
        log(
          `${request.method} ${new URL(request.url ?? '/', 'http://hub').pathname} ${answer.status} ${Date.now() - started}ms`,
        );
      });
  };
  const server =
    options.tls === undefined
      ? createHttpServer(handle)
      : createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, handle);
  // A client cut mid-request must not take the process with it.
  server.on('clientError', (_error, socket) => socket.destroy());
  return server;
}
