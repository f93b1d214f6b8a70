// A real hub for a browser-host spec: a throwaway PostgreSQL cluster (Debian's binaries, loopback,
// random port, as the hub's own tests use), the hub's migrations, and the hub's HTTP server on
// loopback (plain http, which the kiosk accepts for loopback only: S-SYNC-3). Schools and
// enrolment codes are made with the hub's own directory code, as its CLI does.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHubPool } from '../../../hub/database/hub-pool';
import { runHubMigrations } from '../../../hub/database/run-hub-migrations';
import { createEnrolmentCode } from '../../../hub/directory/enrolment-codes';
import { addSchool } from '../../../hub/directory/schools';
import { createHubServer } from '../../../hub/http/hub-server';
import { startThrowawayPostgres } from '../../support/throwaway-postgres';

export interface RunningHub {
  /** The address a secretary types in Réglages → Hub. */
  readonly url: string;
  addSchool(uai: string, name: string): Promise<void>;
  /** A one-time enrolment code for a kiosk of the school. */
  enrolmentCode(uai: string): Promise<string>;
  /** The hub's request log (one line per request, and any unexpected error). */
  output(): string;
  /** Stops the server, its pool and the cluster (removing its data). Safe to call twice. */
  stop(): Promise<void>;
}

export async function startHub(): Promise<RunningHub> {
  const postgres = await startThrowawayPostgres();
  const pool = createHubPool(postgres.url);
  let server: Server | undefined;
  let log = '';
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    try {
      if (server) {
        const closing = new Promise<void>((resolve) => server?.close(() => resolve()));
        // Kiosks keep connections alive between tries: close them, or close() waits for them.
        server.closeAllConnections();
        await closing;
      }
      await pool.end();
    } finally {
      await postgres.stop();
    }
  };
  try {
    await runHubMigrations(pool);
    const started = createHubServer({ pool, log: (line) => (log += `${line}\n`) });
    server = started;
    await new Promise<void>((resolve, reject) => {
      started.once('error', reject);
      started.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = started.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      output: () => log,
      async addSchool(uai, name) {
        const added = await addSchool(pool, uai, name);
        if (!added.ok) throw new Error(`hub: school ${uai} not added: ${added.error.message}`);
      },
      async enrolmentCode(uai) {
        const created = await createEnrolmentCode(pool, uai);
        if (!created.ok) throw new Error(`hub: no enrolment code: ${created.error.message}`);
        return created.value.code;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
