// Réglages → Hub through the real core and a real SQLite: the console's sync channels need a
// staff login, check what the secretary typed before the sync is asked anything, and audit who
// enrolled the kiosk. The SyncService behind them is a stand-in (tests/fakes/recording-sync-service.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/error-codes';
import { createHarness, type Harness } from '../core/core-harness';
import { RecordingSyncService, SAMPLE_CONFLICT } from '../../fakes/recording-sync-service';
import { auditRows, createFirstStaff } from './console-harness';

const CONSOLE = 'console-1';
const FORM = {
  hubUrl: 'https://hub.exemple.fr',
  code: 'K7QX-2M9P-4TZR-8W',
  kioskLabel: 'Kiosque du hall',
};

let h: Harness;
let sync: RecordingSyncService;
let staffId: string;

beforeEach(async () => {
  sync = new RecordingSyncService();
  h = createHarness({ sync });
  staffId = await createFirstStaff(h, CONSOLE);
});
afterEach(() => h.close());

describe('Réglages → Hub needs a staff login (S-SEC-1)', () => {
  it('refuses every sync channel to a session without one, and asks the sync nothing', async () => {
    const calls = [
      h.call('console.syncStatus', {}, 'kiosk-screen'),
      h.call('console.syncNow', {}, 'kiosk-screen'),
      h.call('console.syncEnrol', FORM, 'kiosk-screen'),
      h.call('console.syncAcknowledgeConflict', { conflictId: SAMPLE_CONFLICT.id }, 'kiosk-screen'),
    ];
    for (const result of await Promise.all(calls)) {
      expect(result.ok ? null : result.error.code).toBe('STAFF_NOT_LOGGED_IN');
    }
    expect(sync.enrolments).toEqual([]);
    expect(sync.syncNowCalls).toBe(0);
  });
});

describe('enrolment', () => {
  it('shows an un-enrolled kiosk as such, then enrols it and audits who did, without the code', async () => {
    expect(await h.okCall('console.syncStatus', {}, CONSOLE)).toEqual({ enrolled: false });

    const view = await h.okCall(
      'console.syncEnrol',
      { hubUrl: ` ${FORM.hubUrl} `, code: ` ${FORM.code}`, kioskLabel: `${FORM.kioskLabel} ` },
      CONSOLE,
    );

    expect(view).toMatchObject({ enrolled: true, kioskLabel: 'Kiosque du hall' });
    expect(sync.enrolments).toEqual([FORM]);
    const audited = auditRows(h).filter((row) => row.action === 'sync.enrolled');
    expect(audited).toHaveLength(1);
    expect(audited[0]?.actor).toBe(`staff:${staffId}`);
    expect(audited[0]?.details).not.toContain(FORM.code);
    expect(JSON.parse(audited[0]?.details ?? '{}')).toEqual({
      hubUrl: FORM.hubUrl,
      schoolUai: '0751234A',
      kioskLabel: 'Kiosque du hall',
    });
  });

  it.each<[string, Partial<typeof FORM>, ErrorCode]>([
    ['an empty hub address', { hubUrl: '  ' }, 'HUB_URL_INVALID'],
    ['a hub address that is no address', { hubUrl: 'hub exemple fr' }, 'HUB_URL_INVALID'],
    ['a code too short to be one', { code: 'K7QX' }, 'ENROLMENT_CODE_FORMAT'],
    ['an empty code', { code: '   ' }, 'ENROLMENT_CODE_FORMAT'],
    ['an empty kiosk name', { kioskLabel: ' ' }, 'KIOSK_LABEL_INVALID'],
    ['a kiosk name over 80 characters', { kioskLabel: 'k'.repeat(81) }, 'KIOSK_LABEL_INVALID'],
  ])('refuses %s with its field’s error, asking the hub nothing', async (_name, typed, code) => {
    const result = await h.call('console.syncEnrol', { ...FORM, ...typed }, CONSOLE);

    expect(result.ok ? null : result.error.code).toBe(code);
    expect(sync.enrolments).toEqual([]);
    expect(await h.okCall('console.syncStatus', {}, CONSOLE)).toEqual({ enrolled: false });
    expect(auditRows(h).filter((row) => row.action === 'sync.enrolled')).toEqual([]);
  });

  it('names the first refused field when several are wrong (where the focus goes)', async () => {
    const result = await h.call(
      'console.syncEnrol',
      { hubUrl: 'https://hub.exemple.fr', code: '', kioskLabel: '' },
      CONSOLE,
    );
    expect(result.ok ? null : result.error.code).toBe('ENROLMENT_CODE_FORMAT');
  });

  it.each<ErrorCode>(['ENROLMENT_CODE_INVALID', 'HUB_UNREACHABLE', 'HUB_URL_NOT_HTTPS'])(
    'passes the sync’s refusal %s on as it is, and audits no enrolment',
    async (code) => {
      sync.refuseNextEnrolment(code);

      const result = await h.call('console.syncEnrol', FORM, CONSOLE);

      expect(result.ok ? null : result.error.code).toBe(code);
      expect(auditRows(h).filter((row) => row.action === 'sync.enrolled')).toEqual([]);
      expect(await h.okCall('console.syncStatus', {}, CONSOLE)).toEqual({ enrolled: false });
    },
  );
});

describe('an enrolled kiosk', () => {
  it('"Synchroniser maintenant" asks the sync to try at once and answers its new state', async () => {
    sync.setEnrolled({ waitingEvents: 3 });

    const view = await h.okCall('console.syncNow', {}, CONSOLE);

    expect(sync.syncNowCalls).toBe(1);
    expect(view).toMatchObject({ enrolled: true, waitingEvents: 0 });
  });

  it('"Vu" acknowledges a conflict in the secretary’s name; a second "Vu" is refused', async () => {
    sync.setEnrolled({ conflicts: [SAMPLE_CONFLICT] });

    const view = await h.okCall(
      'console.syncAcknowledgeConflict',
      { conflictId: SAMPLE_CONFLICT.id },
      CONSOLE,
    );

    expect(view).toMatchObject({ enrolled: true, conflicts: [] });
    expect(sync.acknowledged).toEqual([
      { conflictId: SAMPLE_CONFLICT.id, staffActor: `staff:${staffId}` },
    ]);
    const again = await h.call(
      'console.syncAcknowledgeConflict',
      { conflictId: SAMPLE_CONFLICT.id },
      CONSOLE,
    );
    expect(again.ok ? null : again.error.code).toBe('CONFLICT_NOT_FOUND');
  });

  it('reading the state on a timer does not keep an idle staff login alive (S-KIOSK-4)', async () => {
    sync.setEnrolled();
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
