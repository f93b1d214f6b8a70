import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWrongLinkReports } from '../../../../main/staff/wrong-link-reports';
import { createJournal } from '../../../../main/journal/journal';
import {
  createHarness,
  PATRICK_IDENTITY,
  reachCodeStep,
  type Harness,
} from '../../../integration/core/core-harness';
import {
  applyPage,
  count,
  dupontRoster,
  enrol,
  events,
  hashAsAnotherKiosk,
  HUGO,
  LEA,
  PATRICK,
  pulled,
} from './sync-apply-harness';

const PASSWORD = 'cheval pomme verte';

describe('guardian changes pulled from the hub', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createHarness();
    enrol(h, 3);
    applyPage(h, [
      pulled({ type: 'roster.imported', snapshot: dupontRoster() }),
      pulled({
        type: 'account.created',
        accountId: randomUUID(),
        identifier: 'patrick.dupont20001',
        firstName: 'Patrick',
        passwordHash: await hashAsAnotherKiosk(PASSWORD),
        mustChangePassword: false,
        guardians: [PATRICK],
        students: [LEA, HUGO],
      }),
    ]);
  });
  afterEach(() => h.close());

  const login = (sessionId: string) =>
    h.call('login.submit', { identifier: 'patrick.dupont20001', password: PASSWORD }, sessionId);

  it('a lock at another kiosk refuses login and activation here; an unlock lets him in again', async () => {
    const before = events(h);
    expect(applyPage(h, [pulled({ type: 'guardian.locked', guardian: PATRICK })])).toMatchObject({
      ok: true,
      value: { applied: 1 },
    });
    expect(await login('s1')).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED' } });
    const start = await h.okCall('activation.start', {}, 'visit');
    await h.okCall(
      'activation.submitIdentity',
      { flowId: start.flowId, ...PATRICK_IDENTITY },
      'visit',
    );
    expect(await h.call('activation.confirmSend', { flowId: start.flowId }, 'visit')).toMatchObject(
      { ok: false, error: { code: 'IDENTITY_MISMATCH' } },
    );
    expect(h.sms.sent).toHaveLength(0);

    applyPage(h, [pulled({ type: 'guardian.unlocked', guardian: PATRICK })]);
    expect(await login('s2')).toMatchObject({ ok: true });
    expect(events(h)).toBe(before);
    expect(
      h.db
        .prepare(
          "SELECT actor || ' ' || action FROM audit_log WHERE action LIKE 'guardian.%' ORDER BY rowid",
        )
        .pluck()
        .all(),
    ).toEqual(['sync guardian.locked', 'sync guardian.unlocked']);
  });

  it('a mobile recorded at another desk lets the parent activate here with it', async () => {
    h.close();
    h = createHarness();
    enrol(h, 3);
    const roster = dupontRoster();
    roster.guardians[0] = { ...roster.guardians[0]!, mobileE164: null };
    applyPage(h, [
      pulled({ type: 'roster.imported', snapshot: roster }),
      pulled({ type: 'guardian.mobile-corrected', guardian: PATRICK, mobileE164: '+33698765432' }),
    ]);
    await reachCodeStep(h, { ...PATRICK_IDENTITY, mobile: '06 98 76 54 32' });
    expect(h.sms.sent.map((m) => m.to)).toEqual(['+33698765432']);
  });

  it('a wrong link reported and handled at another kiosk shows in this console', () => {
    const reportId = randomUUID();
    const reports = createWrongLinkReports(h.db, createJournal(h.db), h.clock);
    applyPage(h, [
      pulled({ type: 'wrong-link.reported', reportId, guardian: PATRICK, student: LEA }),
    ]);
    expect(reports.list(false)).toMatchObject([
      { reportId, guardianName: 'DUPONT Patrick', studentName: 'DUPONT Léa', handledAt: null },
    ]);
    applyPage(h, [pulled({ type: 'wrong-link.handled', reportId })]);
    expect(reports.list(false)).toEqual([]);
    expect(reports.list(true)).toMatchObject([{ reportId, handledAt: expect.any(String) }]);
    // Applying both again changes nothing.
    const audits = count(h, 'audit_log');
    expect(
      applyPage(h, [
        pulled({ type: 'wrong-link.reported', reportId, guardian: PATRICK, student: LEA }),
        pulled({ type: 'wrong-link.handled', reportId }),
      ]),
    ).toEqual({ ok: true, value: { applied: 0, skipped: 2 } });
    expect(count(h, 'audit_log')).toBe(audits);
  });
});
