import { afterEach, describe, expect, it } from 'vitest';
import {
  createHarness,
  expectStep,
  PATRICK_IDENTITY,
  seedDupontFamily,
  type Harness,
} from '../core/core-harness';
import type { StaffIdentity } from '../../../main/desk/desk-staff';
import { loginSecretary, STAFF_SESSION } from './desk-staff-fixture';

const DESK_MOBILE = '+33698765432';
const DESK_MOBILE_TYPED = '06 98 76 54 32';

let h: Harness;
let secretary: StaffIdentity;
afterEach(() => h.close());

function seedWithoutMobile(): number {
  h.roster.rosterSource('siecle');
  h.roster.school();
  const lea = h.roster.student({ firstName: 'Léa', birthDate: '2014-03-07' });
  const patrick = h.roster.guardian({
    familyName: 'DUPONT',
    firstName: 'Patrick',
    mobileE164: null,
  });
  h.roster.link(patrick, lea);
  return patrick;
}

/** The kiosk's identity check (it happens on "Recevoir mon code SMS"): 'ok' or the error code. */
async function confirmSendWith(identity: typeof PATRICK_IDENTITY): Promise<string> {
  const start = await h.okCall('activation.start', {}, 'parent-session');
  await h.okCall(
    'activation.submitIdentity',
    { flowId: start.flowId, ...identity },
    'parent-session',
  );
  const result = await h.call('activation.confirmSend', { flowId: start.flowId }, 'parent-session');
  await h.okCall('session.reset', {}, 'parent-session');
  return result.ok ? 'ok' : result.error.code;
}

const corrections = () =>
  h.db.prepare('SELECT count(*) FROM guardian_mobile_corrections').pluck().get() as number;

describe('recording a mobile at the desk', () => {
  it('lets the parent then activate by SMS at the kiosk with that mobile', async () => {
    h = createHarness();
    secretary = await loginSecretary(h);
    const patrick = seedWithoutMobile();
    const identity = { ...PATRICK_IDENTITY, mobile: DESK_MOBILE_TYPED };

    // Before: the roster has no mobile, so the kiosk gives the seed's single message.
    expect(await confirmSendWith(identity)).toBe('IDENTITY_MISMATCH');

    const correction = await h.okCall(
      'console.recordMobile',
      { guardianId: patrick, mobile: DESK_MOBILE_TYPED },
      STAFF_SESSION,
    );
    expect(correction).toMatchObject({
      guardianId: patrick,
      guardianName: 'Patrick DUPONT',
      maskedMobile: '06 •• •• •• 32',
      maskedExportMobile: null,
      recordedByName: secretary.displayName,
      status: 'active',
    });

    const start = await h.okCall('activation.start', {}, 'parent-session');
    await h.okCall(
      'activation.submitIdentity',
      { flowId: start.flowId, ...identity },
      'parent-session',
    );
    const code = await h.okCall(
      'activation.confirmSend',
      { flowId: start.flowId },
      'parent-session',
    );
    expectStep(code, 'code');
    expect(h.sms.sent.at(-1)?.to).toBe(DESK_MOBILE);
  });

  it("replaces the export's wrong number: the old one no longer activates", async () => {
    h = createHarness();
    secretary = await loginSecretary(h);
    const { patrick } = seedDupontFamily(h);
    await h.okCall(
      'console.recordMobile',
      { guardianId: patrick, mobile: DESK_MOBILE },
      STAFF_SESSION,
    );

    expect(await confirmSendWith(PATRICK_IDENTITY)).toBe('IDENTITY_MISMATCH');
    expect(await confirmSendWith({ ...PATRICK_IDENTITY, mobile: DESK_MOBILE_TYPED })).toBe('ok');
    const [listed] = await h.okCall('console.mobileCorrections', {}, STAFF_SESSION);
    expect(listed?.maskedExportMobile).toBe('06 •• •• •• 78');
  });

  it("shows the correction as such on the guardian's page, with the SMS sent to it", async () => {
    h = createHarness();
    secretary = await loginSecretary(h);
    const patrick = seedWithoutMobile();
    const before = await h.okCall('console.guardianDetail', { guardianId: patrick }, STAFF_SESSION);
    expect(before.localMobile).toBeNull();
    await h.okCall(
      'console.recordMobile',
      { guardianId: patrick, mobile: DESK_MOBILE_TYPED },
      STAFF_SESSION,
    );
    expect(await confirmSendWith({ ...PATRICK_IDENTITY, mobile: DESK_MOBILE_TYPED })).toBe('ok');

    const page = await h.okCall('console.guardianDetail', { guardianId: patrick }, STAFF_SESSION);
    // The export's number stays what the export says; the desk's is beside it, marked local.
    expect(page.maskedMobile).toBeNull();
    expect(page.localMobile).toMatchObject({
      maskedMobile: '06 •• •• •• 32',
      status: 'active',
      recordedByName: secretary.displayName,
    });
    expect(page.recentSms.map((sms) => sms.purpose)).toEqual(['activation-code']);
  });

  it('S-SEC-1: refuses without a staff login and writes nothing', async () => {
    h = createHarness();
    secretary = await loginSecretary(h);
    const patrick = seedWithoutMobile();
    const result = await h.call(
      'console.recordMobile',
      { guardianId: patrick, mobile: DESK_MOBILE },
      'parent-session',
    );
    expect(result.ok ? null : result.error.code).toBe('STAFF_NOT_LOGGED_IN');
    const listed = await h.call('console.mobileCorrections', {}, 'parent-session');
    expect(listed.ok).toBe(false);
    expect(corrections()).toBe(0);
  });

  it('S-SEC-1: without a staff login on the session, the desk channels change nothing', async () => {
    h = createHarness();
    const patrick = seedWithoutMobile();
    const result = await h.call('console.recordMobile', {
      guardianId: patrick,
      mobile: DESK_MOBILE,
    });
    expect(result.ok ? null : result.error.code).toBe('STAFF_NOT_LOGGED_IN');
    expect(corrections()).toBe(0);
  });

  it('refuses a landline, an unknown guardian and the number the export already has, changing nothing', async () => {
    h = createHarness();
    secretary = await loginSecretary(h);
    const { patrick } = seedDupontFamily(h);
    const code = async (guardianId: number, mobile: string) => {
      const result = await h.call('console.recordMobile', { guardianId, mobile }, STAFF_SESSION);
      return result.ok ? 'ok' : result.error.code;
    };
    expect(await code(patrick, '01 23 45 67 89')).toBe('PHONE_INVALID');
    expect(await code(patrick, 'douze')).toBe('PHONE_INVALID');
    expect(await code(patrick + 100, DESK_MOBILE)).toBe('GUARDIAN_NOT_FOUND');
    expect(await code(patrick, '06 12 34 56 78')).toBe('MOBILE_ALREADY_REGISTERED');
    expect(corrections()).toBe(0);
    expect(
      h.db.prepare("SELECT count(*) FROM audit_log WHERE action LIKE 'guardian.%'").pluck().get(),
    ).toBe(0);
  });

  it('S-SEC-1: audits who recorded it for which guardian, the number masked', async () => {
    h = createHarness();
    secretary = await loginSecretary(h);
    const patrick = seedWithoutMobile();
    await h.okCall(
      'console.recordMobile',
      { guardianId: patrick, mobile: DESK_MOBILE },
      STAFF_SESSION,
    );
    const audit = h.db
      .prepare(
        "SELECT actor, guardian_id, details FROM audit_log WHERE action = 'guardian.mobile-corrected'",
      )
      .all() as { actor: string; guardian_id: number; details: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: `staff:${secretary.staffId}`, guardian_id: patrick });
    expect(audit[0]?.details).not.toContain('98765432');
    expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({
      staffName: secretary.displayName,
      mobile: '06 •• •• •• 32',
    });
    // The synced journal names the guardian by school and export id, never by number.
    const events = h.db
      .prepare("SELECT payload FROM events WHERE type = 'guardian.mobile-corrected'")
      .pluck()
      .all() as string[];
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0] ?? '{}')).toEqual({
      schoolUai: '0750001A',
      guardianSourceId: expect.stringMatching(/^P\d+$/u),
    });
  });

  it('recording again replaces the correction', async () => {
    h = createHarness();
    secretary = await loginSecretary(h);
    const patrick = seedWithoutMobile();
    await h.okCall(
      'console.recordMobile',
      { guardianId: patrick, mobile: DESK_MOBILE },
      STAFF_SESSION,
    );
    await h.okCall(
      'console.recordMobile',
      { guardianId: patrick, mobile: '07 56 12 34 56' },
      STAFF_SESSION,
    );
    const listed = await h.okCall('console.mobileCorrections', {}, STAFF_SESSION);
    expect(listed.map((c) => c.maskedMobile)).toEqual(['07 •• •• •• 56']);
  });
});
