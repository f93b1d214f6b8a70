// Starts one hub instance: migrates the database (safe when instances start together: the
// migrations take a lock), then serves HTTP(S) until closed.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Pool } from 'pg';
import { createHubPool } from '../database/hub-pool';
import { runHubMigrations } from '../database/run-hub-migrations';
import { createHubServer } from '../http/hub-server';

export const DEFAULT_HUB_PORT = 8780;

export interface ServeHubOptions {
  readonly databaseUrl: string;
  readonly port: number;
  /** Where to listen; loopback unless the hub serves TLS itself or is told otherwise. */
  readonly host?: string;
  readonly tlsCertFile?: string;
  readonly tlsKeyFile?: string;
  readonly log: (line: string) => void;
}

export interface RunningHub {
  readonly url: string;
  readonly pool: Pool;
  close(): Promise<void>;
}

export async function serveHub(options: ServeHubOptions): Promise<RunningHub> {
  const tls =
    options.tlsCertFile !== undefined && options.tlsKeyFile !== undefined
      ? { cert: readFileSync(options.tlsCertFile), key: readFileSync(options.tlsKeyFile) }
      : undefined;
  const host = options.host ?? (tls === undefined ? '127.0.0.1' : '0.0.0.0');
  const pool = createHubPool(options.databaseUrl);
  try {
    const migrated = await runHubMigrations(pool);
    if (migrated.applied.length > 0) {
      options.log(
        `hub: database migrated to version ${migrated.version} (${migrated.applied.join(', ')})`,
      );
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  const server = createHubServer({ pool, tls, log: options.log });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `${tls === undefined ? 'http' : 'https'}://${shownHost}:${port}`,
    pool,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await pool.end();
    },
  };
}

/** The database URL without its password, for logs. */
export function redactedDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return '(unparsable database URL)';
  }
}
