// Réglages → Hub against a real hub (its HTTP server on a throwaway PostgreSQL) and the real
// SyncService: a secretary enrols the kiosk with the code the hub's administrator created, the
// console shows the first successful sync, and the audit log says who enrolled the kiosk where.
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSyncService } from '../../../main/sync/create-sync-service';
import { createHubCredentialStore } from '../../../main/sync/hub-credential';
import type { SyncStatusView } from '../../../shared/sync/sync-status-view';
import {
  createInMemorySecretStore,
  type InMemorySecretStore,
} from '../../fakes/in-memory-secret-store';
import { addTestSchool, enrolmentCodeFor, freshHubDatabase } from '../../support/hub-fixture';
import { startTestHub, type TestHub } from '../../support/test-hub-server';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../support/throwaway-postgres';
import { createHarness, seedDupontFamily, type Harness } from '../core/core-harness';
import { auditRows, createFirstStaff } from './console-harness';

const CONSOLE = 'console-1';
// The roster builder's school: the kiosk and the hub speak of the same one.
const SCHOOL = '0750001A';

let postgres: ThrowawayPostgres;
let pool: pg.Pool;
let hub: TestHub;
let h: Harness;
let keychain: InMemorySecretStore;
let staffId: string;

beforeAll(async () => {
  postgres = await startThrowawayPostgres();
  pool = (await freshHubDatabase(postgres)).pool;
  await addTestSchool(pool, SCHOOL);
  hub = await startTestHub(pool);
}, 120_000);
afterAll(async () => {
  await hub?.close();
  await pool?.end();
  await postgres?.stop();
});

beforeEach(async () => {
  keychain = createInMemorySecretStore();
  h = createHarness({
    sync: (db, clock) =>
      createSyncService({
        db,
        clock,
        credentials: createHubCredentialStore(keychain, {}),
        log: () => undefined,
      }),
  });
  seedDupontFamily(h);
  staffId = await createFirstStaff(h, CONSOLE);
});
afterEach(() => h.close());

const enrolled = (view: SyncStatusView) => {
  if (!view.enrolled) throw new Error('expected an enrolled kiosk');
  return view;
};

describe('enrolment from the console against a real hub', () => {
  it('enrols with the administrator’s code, shows the first successful sync, and audits who did it (S-SYNC-1)', async () => {
    const code = await enrolmentCodeFor(pool, SCHOOL);

    const view = enrolled(
      await h.okCall(
        'console.syncEnrol',
        { hubUrl: hub.url, code: code.toLowerCase(), kioskLabel: 'Kiosque du hall' },
        CONSOLE,
      ),
    );

    expect(view).toMatchObject({
      hubUrl: hub.url,
      schoolUai: SCHOOL,
      schoolName: `École ${SCHOOL}`,
      kioskLabel: 'Kiosque du hall',
      lastError: null,
    });
    // The credential went to the keychain, nowhere else.
    expect(keychain.held['hub-credential']).toMatch(/^[0-9a-f-]{36}\./u);
    const audited = auditRows(h).filter((row) => row.action === 'sync.enrolled');
    expect(audited).toHaveLength(1);
    expect(audited[0]?.actor).toBe(`staff:${staffId}`);
    expect(JSON.parse(audited[0]?.details ?? '{}')).toEqual({
      hubUrl: hub.url,
      schoolUai: SCHOOL,
      kioskLabel: 'Kiosque du hall',
    });
    expect(audited[0]?.details).not.toContain(code);
    expect(audited[0]?.details).not.toContain(keychain.held['hub-credential'] ?? '?');

    const synced = enrolled(await h.okCall('console.syncNow', {}, CONSOLE));
    expect(synced.lastSuccessAt).toBe(h.clock.now().toISOString());
    expect(synced.lastError).toBeNull();
    expect(synced.unreachableSince).toBeNull();
    expect(synced.waitingEvents).toBe(0);
  });

  it('says the code was refused when the hub does not know it, and changes nothing', async () => {
    const result = await h.call(
      'console.syncEnrol',
      { hubUrl: hub.url, code: 'ABCD-EFGH-JKMN-PQRS', kioskLabel: 'Kiosque du hall' },
      CONSOLE,
    );

    expect(result.ok ? null : result.error.code).toBe('ENROLMENT_CODE_INVALID');
    expect(await h.okCall('console.syncStatus', {}, CONSOLE)).toEqual({ enrolled: false });
    expect(keychain.held).toEqual({});
    expect(auditRows(h).filter((row) => row.action === 'sync.enrolled')).toEqual([]);
  });

  it('refuses a code already used by another kiosk (single use)', async () => {
    const code = await enrolmentCodeFor(pool, SCHOOL);
    await h.okCall(
      'console.syncEnrol',
      { hubUrl: hub.url, code, kioskLabel: 'Kiosque du hall' },
      CONSOLE,
    );
    const second = createHarness({
      sync: (db, clock) =>
        createSyncService({
          db,
          clock,
          credentials: createHubCredentialStore(createInMemorySecretStore(), {}),
          log: () => undefined,
        }),
    });
    try {
      await createFirstStaff(second, CONSOLE);
      const result = await second.call(
        'console.syncEnrol',
        { hubUrl: hub.url, code, kioskLabel: 'Kiosque de la vie scolaire' },
        CONSOLE,
      );
      expect(result.ok ? null : result.error.code).toBe('ENROLMENT_CODE_INVALID');
    } finally {
      second.close();
    }
  });
});
