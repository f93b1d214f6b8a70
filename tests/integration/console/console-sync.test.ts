// Réglages → Hub through the real core, the real SyncService (createSyncService) and a real
// SQLite: the console's sync channels need a staff login, check what the secretary typed before
// the hub is asked anything, show the sync's state and the conflicts the hub decided, and audit
// who did what. The keychain is the in-memory one; no hub answers on the address here: an
// enrolled kiosk is one whose link was written as enrolment writes it (enrolment against a real
// hub: console-sync-hub.test.ts).
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/error-codes';
import type { SyncStatusView } from '../../../shared/sync/sync-status-view';
import { createSyncService } from '../../../main/sync/create-sync-service';
import { createHubCredentialStore } from '../../../main/sync/hub-credential';
import { createHubLinkStore } from '../../../main/sync/hub-link';
import { applyPulledChanges } from '../../../main/sync/apply/apply-pulled-changes';
import {
  createInMemorySecretStore,
  type InMemorySecretStore,
} from '../../fakes/in-memory-secret-store';
import { createHarness, seedDupontFamily, type Family, type Harness } from '../core/core-harness';
import { auditRows, createFirstStaff } from './console-harness';

const CONSOLE = 'console-1';
const FORM = {
  hubUrl: 'https://hub.exemple.fr',
  code: 'K7QX2M9P4TZR8WQD',
  kioskLabel: 'Kiosque du hall',
};

/** A loopback port nothing listens on: the hub "does not answer" at once (connection refused). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

let h: Harness;
let keychain: InMemorySecretStore;
let family: Family;
let staffId: string;
let deadHub: string;

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
  family = seedDupontFamily(h);
  staffId = await createFirstStaff(h, CONSOLE);
  deadHub = `https://127.0.0.1:${await closedPort()}`;
});
afterEach(() => h.close());

const hubLinks = () => h.db.prepare('SELECT count(*) FROM hub_link').pluck().get();
const enrolmentAudits = () => auditRows(h).filter((row) => row.action === 'sync.enrolled');
const enrolled = (view: SyncStatusView) => {
  if (!view.enrolled) throw new Error('expected an enrolled kiosk');
  return view;
};

/** This kiosk as enrolment leaves it: the link row and the credential in the keychain. */
async function linkTo(hubUrl: string): Promise<void> {
  const kioskId = randomUUID();
  createHubLinkStore(h.db).insert({
    hubUrl,
    kioskId,
    kioskNumber: 3,
    kioskLabel: 'Kiosque du hall',
    schoolUai: '0750001A',
    schoolName: 'Collège Jean Moulin',
    enrolledAt: h.clock.now().toISOString(),
  });
  await keychain.write('hub-credential', `${kioskId}.${'s'.repeat(43)}`);
}

describe('Réglages → Hub needs a staff login (S-SEC-1)', () => {
  it('refuses every sync channel to a session without one, and enrols nothing', async () => {
    const calls = [
      h.call('console.syncStatus', {}, 'kiosk-screen'),
      h.call('console.syncNow', {}, 'kiosk-screen'),
      h.call('console.syncEnrol', { ...FORM, hubUrl: deadHub }, 'kiosk-screen'),
      h.call('console.syncAcknowledgeConflict', { conflictId: randomUUID() }, 'kiosk-screen'),
    ];
    for (const result of await Promise.all(calls)) {
      expect(result.ok ? null : result.error.code).toBe('STAFF_NOT_LOGGED_IN');
    }
    expect(hubLinks()).toBe(0);
  });
});

describe('a kiosk never enrolled', () => {
  it('is shown as not enrolled, and "Synchroniser maintenant" leaves it so', async () => {
    expect(await h.okCall('console.syncStatus', {}, CONSOLE)).toEqual({ enrolled: false });
    expect(await h.okCall('console.syncNow', {}, CONSOLE)).toEqual({ enrolled: false });
  });

  it.each<[string, Partial<typeof FORM>, ErrorCode]>([
    ['an empty hub address', { hubUrl: '  ' }, 'HUB_URL_INVALID'],
    ['a hub address that is no address', { hubUrl: 'hub exemple fr' }, 'HUB_URL_INVALID'],
    ['a code too short to be one', { code: 'K7QX' }, 'ENROLMENT_CODE_FORMAT'],
    ['an empty code', { code: '   ' }, 'ENROLMENT_CODE_FORMAT'],
    ['an empty kiosk name', { kioskLabel: ' ' }, 'KIOSK_LABEL_INVALID'],
    ['a kiosk name over 80 characters', { kioskLabel: 'k'.repeat(81) }, 'KIOSK_LABEL_INVALID'],
  ])('refuses %s with its field’s error and changes nothing', async (_name, typed, code) => {
    const result = await h.call('console.syncEnrol', { ...FORM, ...typed }, CONSOLE);

    expect(result.ok ? null : result.error.code).toBe(code);
    expect(hubLinks()).toBe(0);
    expect(keychain.held).toEqual({});
    expect(enrolmentAudits()).toEqual([]);
  });

  it('names the first refused field when several are wrong (where the focus goes)', async () => {
    const result = await h.call(
      'console.syncEnrol',
      { hubUrl: 'https://hub.exemple.fr', code: '', kioskLabel: '' },
      CONSOLE,
    );
    expect(result.ok ? null : result.error.code).toBe('ENROLMENT_CODE_FORMAT');
  });

  it('S-SYNC-3: refuses a plain http:// hub on another machine, without asking it', async () => {
    const result = await h.call(
      'console.syncEnrol',
      { ...FORM, hubUrl: 'http://hub.exemple.fr' },
      CONSOLE,
    );

    expect(result.ok ? null : result.error.code).toBe('HUB_URL_NOT_HTTPS');
    expect(hubLinks()).toBe(0);
    expect(keychain.held).toEqual({});
  });

  it('says the hub does not answer when nothing listens at the address, and changes nothing', async () => {
    const result = await h.call('console.syncEnrol', { ...FORM, hubUrl: deadHub }, CONSOLE);

    expect(result.ok ? null : result.error.code).toBe('HUB_UNREACHABLE');
    expect(hubLinks()).toBe(0);
    expect(keychain.held).toEqual({});
    expect(enrolmentAudits()).toEqual([]);
    expect(await h.okCall('console.syncStatus', {}, CONSOLE)).toEqual({ enrolled: false });
  });
});

describe('an enrolled kiosk whose hub does not answer', () => {
  beforeEach(() => linkTo(deadHub));

  it('shows the changes waiting, then since when the hub fails and why, after "Synchroniser maintenant"', async () => {
    const unreached = h.roster.guardian({
      familyName: 'MARTIN',
      firstName: 'Sophie',
      mobileE164: null,
    });
    h.roster.link(unreached, family.lea);
    await h.okCall(
      'console.recordMobile',
      { guardianId: unreached, mobile: '06 98 76 54 32' },
      CONSOLE,
    );

    const before = enrolled(await h.okCall('console.syncStatus', {}, CONSOLE));
    expect(before).toMatchObject({
      hubUrl: deadHub,
      kioskLabel: 'Kiosque du hall',
      lastSuccessAt: null,
      lastError: null,
      unreachableSince: null,
    });
    expect(before.waitingEvents).toBeGreaterThanOrEqual(1);

    const after = enrolled(await h.okCall('console.syncNow', {}, CONSOLE));

    expect(after.lastError).toBe('unreachable');
    expect(after.unreachableSince).toBe(h.clock.now().toISOString());
    expect(after.lastSuccessAt).toBeNull();
    expect(after.waitingEvents).toBe(before.waitingEvents);
  });

  it('refuses a second enrolment', async () => {
    const result = await h.call('console.syncEnrol', { ...FORM, hubUrl: deadHub }, CONSOLE);
    expect(result.ok ? null : result.error.code).toBe('SYNC_ALREADY_ENROLLED');
  });

  it('lists a conflict the hub decided with the guardian as the console names them; "Vu" is audited in the secretary’s name', async () => {
    const patrick = h.db
      .prepare('SELECT school_uai AS schoolUai, source_id AS sourceId FROM guardians WHERE id = ?')
      .get(family.patrick) as { schoolUai: string; sourceId: string };
    const conflictId = randomUUID();
    const pulled = applyPulledChanges(
      h.db,
      [
        {
          version: 12,
          originKioskId: null,
          recordedAt: h.clock.now().toISOString(),
          change: {
            type: 'conflict.recorded',
            conflictId,
            kind: 'concurrent-mobile',
            guardian: patrick,
            detail: { keptMobile: '06 •• •• •• 78', lostMobile: '07 •• •• •• 12' },
          },
        },
      ],
      { schoolUai: patrick.schoolUai, at: h.clock.now() },
    );
    expect(pulled.ok).toBe(true);

    const shown = enrolled(await h.okCall('console.syncStatus', {}, CONSOLE));
    expect(shown.conflicts).toEqual([
      expect.objectContaining({
        id: conflictId,
        kind: 'concurrent-mobile',
        guardian: { id: family.patrick, displayName: 'DUPONT Patrick' },
        detail: { keptMobile: '06 •• •• •• 78', lostMobile: '07 •• •• •• 12' },
      }),
    ]);

    const seen = enrolled(
      await h.okCall('console.syncAcknowledgeConflict', { conflictId }, CONSOLE),
    );

    expect(seen.conflicts).toEqual([]);
    const acknowledged = auditRows(h).filter((row) => row.action === 'conflict.acknowledged');
    expect(acknowledged).toEqual([
      expect.objectContaining({ actor: `staff:${staffId}`, guardian_id: family.patrick }),
    ]);
    // Twice "Vu" (two screens): still seen once.
    await h.okCall('console.syncAcknowledgeConflict', { conflictId }, CONSOLE);
    expect(auditRows(h).filter((row) => row.action === 'conflict.acknowledged')).toHaveLength(1);
  });

  it('answers a conflict it does not have with CONFLICT_NOT_FOUND', async () => {
    const result = await h.call(
      'console.syncAcknowledgeConflict',
      { conflictId: randomUUID() },
      CONSOLE,
    );
    expect(result.ok ? null : result.error.code).toBe('CONFLICT_NOT_FOUND');
  });

  it('reading the state on a timer does not keep an idle staff login alive (S-KIOSK-4)', async () => {
    // Past the staff login's idle expiry, with only status reads in between.
    for (let minute = 0; minute < 10; minute += 1) {
      h.clock.advanceSeconds(60);
      await h.call('console.syncStatus', {}, CONSOLE);
    }
    const result = await h.call('console.syncStatus', {}, CONSOLE);
    expect(result.ok ? null : result.error.code).toBe('STAFF_NOT_LOGGED_IN');
  });
});

describe('a host without a sync service', () => {
  it('says so to a logged-in secretary instead of showing a kiosk as not enrolled', async () => {
    const bare = createHarness();
    try {
      await createFirstStaff(bare, CONSOLE);
      const result = await bare.call('console.syncStatus', {}, CONSOLE);
      expect(result.ok ? null : result.error.code).toBe('SYNC_UNAVAILABLE');
    } finally {
      bare.close();
    }
  });
});
