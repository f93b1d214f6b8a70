// Kiosks and a hub as they run for real: each kiosk is the product's own composition (SQLite in
// a data directory, the in-memory keychain of tests), the hub the hub's own HTTP server on a
// throwaway PostgreSQL (tests/support/). Kiosks run the demo roster with the same pepper, as the
// kiosks of one school share the school's pepper (docs/operators/secrets.md).
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { expect } from 'vitest';
import { createHubPool } from '../../hub/database/hub-pool';
import { runHubMigrations } from '../../hub/database/run-hub-migrations';
import { createEnrolmentCode } from '../../hub/directory/enrolment-codes';
import { addSchool } from '../../hub/directory/schools';
import { createHubServer } from '../../hub/http/hub-server';
import { composeKiosk, type ComposedKiosk } from '../../main/app/compose-kiosk';
import { databasePath } from '../../main/database/database-location';
import { DEMO_SCHOOL_UAI } from '../../main/demo/demo-roster';
import type { Channel, RequestOf, ResponseOf } from '../../shared/ipc-contract';
import type { SyncStatusView } from '../../shared/sync/sync-status-view';
import {
  createInMemorySecretStore,
  type InMemorySecretStore,
} from '../fakes/in-memory-secret-store';
import { setupCodeFromStartupLog } from '../integration/console/console-harness';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/throwaway-postgres';

export const SCHOOL_PEPPER = 'the-school-pepper-shared-by-its-kiosks-0123456789';
export const STAFF = { username: 'secretariat', password: 'Registre des absences du lundi 42' };

export interface TestHub {
  readonly pg: ThrowawayPostgres;
  readonly pool: pg.Pool;
  /** http://127.0.0.1:<port>, the same across restarts. */
  readonly url: string;
  readonly port: number;
  /** A one-time enrolment code for the demo school (added on first use). */
  enrolmentCode(uai?: string): Promise<string>;
  /** Forgets which schools were added (the test emptied the hub's tables). */
  resetSchools(): Promise<void>;
  /** Stops the HTTP server (open connections cut) and starts it again on the same port. */
  restart(): Promise<void>;
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestHub(): Promise<TestHub> {
  const postgres = await startThrowawayPostgres();
  const pool = createHubPool(postgres.url);
  await runHubMigrations(pool);
  let server: Server | null = null;
  let port = 0;
  const schools = new Set<string>();
  const startServer = async () => {
    const started = createHubServer({ pool, log: () => undefined });
    await new Promise<void>((resolve) => started.listen(port, '127.0.0.1', resolve));
    port = (started.address() as AddressInfo).port;
    server = started;
  };
  const stopServer = async () => {
    const running = server;
    server = null;
    if (!running) return;
    await new Promise<void>((resolve) => {
      running.closeAllConnections();
      running.close(() => resolve());
    });
  };
  await startServer();
  return {
    pg: postgres,
    pool,
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    async enrolmentCode(uai = DEMO_SCHOOL_UAI) {
      if (!schools.has(uai)) {
        const added = await addSchool(pool, uai, 'Collège de démonstration Jean Moulin');
        if (!added.ok) throw new Error(added.error.message);
        schools.add(uai);
      }
      const code = await createEnrolmentCode(pool, uai);
      if (!code.ok) throw new Error(code.error.message);
      return code.value.code;
    },
    async resetSchools() {
      schools.clear();
    },
    async restart() {
      await stopServer();
      await startServer();
    },
    stopServer,
    startServer,
    async close() {
      await stopServer();
      await pool.end();
      await postgres.stop();
    },
  };
}

export interface TestKiosk {
  readonly composed: ComposedKiosk;
  readonly dataDir: string;
  readonly store: InMemorySecretStore;
  /** A second connection on the kiosk's database, to read what a person would see. */
  readonly db: Database.Database;
  call<C extends Channel>(
    channel: C,
    request: RequestOf<C>,
    session?: string,
  ): Promise<ResponseOf<C>>;
  syncNow(): Promise<SyncStatusView>;
  enrol(hubUrl: string, code: string, label: string): Promise<void>;
  close(): Promise<void>;
}

export async function startKiosk(
  options: {
    env?: NodeJS.ProcessEnv;
    /** Leave the kiosk's own 15 s loop running. */ ownLoop?: boolean;
    /** Start again on this data directory and keychain (a kiosk restarted). */
    again?: { dataDir: string; store: InMemorySecretStore };
  } = {},
): Promise<TestKiosk> {
  const dataDir = options.again?.dataDir ?? mkdtempSync(join(tmpdir(), 'kiosk-sync-'));
  const store = options.again?.store ?? createInMemorySecretStore();
  const composed = await composeKiosk({
    dataDir,
    env: {
      KIOSK_PASSWORD_PEPPER: SCHOOL_PEPPER,
      KIOSK_IDENTITY_RESPONSE_FLOOR_MS: '0',
      ...options.env,
    },
    secretStore: store,
  });
  // The tests say when each kiosk syncs: its own 15 s loop would race them.
  if (!options.ownLoop) await composed.stopSync();
  const db = new Database(databasePath(dataDir), { readonly: true });
  // A restarted kiosk has its secretary account: no setup code is printed any more.
  const setupCode = options.again ? '' : setupCodeFromStartupLog(composed.notices);
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>, session = 's1') => {
    const handler = composed.handlers[channel] as (
      context: { sessionId: string },
      request: RequestOf<C>,
    ) => Promise<{ ok: true; value: ResponseOf<C> } | { ok: false; error: { code: string } }>;
    const result = await handler({ sessionId: session }, request);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  let staffReady = false;
  return {
    composed,
    dataDir,
    store,
    db,
    call: async (channel, request, session) => {
      if (channel.startsWith('console.') && !staffReady && options.again) {
        // Restarted: the secretary account exists; only the console's session is new.
        await call(
          'console.login',
          { username: STAFF.username, password: STAFF.password },
          'console',
        );
        staffReady = true;
      }
      if (channel.startsWith('console.') && !staffReady) {
        await call(
          'console.createFirstStaff',
          {
            username: STAFF.username,
            displayName: 'Mme Martin',
            password: STAFF.password,
            confirmation: STAFF.password,
            setupCode,
          },
          'console',
        );
        staffReady = true;
      }
      return call(channel, request, session);
    },
    syncNow: () => composed.sync.syncNow(),
    async enrol(hubUrl, code, label) {
      const enrolled = await composed.sync.enrol({ hubUrl, code, kioskLabel: label });
      if (!enrolled.ok) throw new Error(`enrol: ${JSON.stringify(enrolled.error)}`);
      // enrol() starts the first sync on the loop; unless the test wants it, the test syncs.
      if (!options.ownLoop) await composed.stopSync();
    },
    async close() {
      await composed.stopSync();
      composed.close();
      db.close();
    },
  };
}

/** A whole activation at the kiosk, as a parent does it in demo mode; returns the identifier. */
export async function activate(
  kiosk: TestKiosk,
  parent: { lastName: string; firstName: string; mobile: string; birthDates: string[] },
  password: string,
  session = 'parent',
): Promise<string> {
  const { flowId } = await kiosk.call('activation.start', {}, session);
  await kiosk.call(
    'activation.submitIdentity',
    { flowId, lastName: parent.lastName, firstName: parent.firstName, mobile: parent.mobile },
    session,
  );
  await kiosk.call('activation.confirmSend', { flowId }, session);
  const inbox = await kiosk.call('demo.inbox', {}, session);
  const code = /\d{6}/u.exec(inbox.at(-1)?.text ?? '')?.[0] ?? '';
  const children = (await kiosk.call('activation.submitCode', { flowId, code }, session)) as {
    children: { childKey: string }[];
  };
  for (const [i, child] of children.children.entries()) {
    await kiosk.call(
      'activation.answerChild',
      {
        flowId,
        childKey: child.childKey,
        isLegalGuardian: true,
        birthDate: parent.birthDates[i] ?? '',
      },
      session,
    );
  }
  await kiosk.call('activation.continueToIdentifier', { flowId }, session);
  await kiosk.call('activation.acknowledgeIdentifier', { flowId }, session);
  const done = (await kiosk.call(
    'activation.setPassword',
    { flowId, password, confirmation: password },
    session,
  )) as { identifier?: string };
  expect(done.identifier).toBeTruthy();
  await kiosk.call('session.reset', {}, session);
  return done.identifier ?? '';
}

export const PATRICK_DUPONT = {
  lastName: 'Dupont',
  firstName: 'Patrick',
  mobile: '06 12 34 56 02',
  birthDates: ['02/05/2012'],
};
