// An in-process hub server on a random loopback port, and a small client for its endpoints.
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { createHubServer } from '../../hub/http/hub-server';
import { SYNC_PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION } from '../../shared/sync/sync-protocol';

export interface TestHub {
  readonly url: string;
  close(): Promise<void>;
}

export async function startTestHub(pool: pg.Pool, log: string[] = []): Promise<TestHub> {
  const server = createHubServer({ pool, log: (line) => log.push(line) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface HubAnswer {
  readonly status: number;
  readonly body: unknown;
}

export async function hubRequest(
  hubUrl: string,
  method: 'GET' | 'POST',
  path: string,
  options: { credential?: string; body?: unknown; rawBody?: string; protocol?: string | null } = {},
): Promise<HubAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const protocol =
    options.protocol === undefined ? String(SYNC_PROTOCOL_VERSION) : options.protocol;
  if (protocol !== null) headers[SYNC_PROTOCOL_HEADER] = protocol;
  if (options.credential !== undefined) headers.authorization = `Bearer ${options.credential}`;
  const body =
    options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await fetch(`${hubUrl}${path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as unknown };
}
