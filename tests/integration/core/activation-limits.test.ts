import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIdentityCooldown } from '../../../main/flows/activation/identity-cooldown';
import {
  createHarness,
  expectStep,
  HARNESS_CODES,
  PATRICK_IDENTITY,
  PATRICK_MOBILE,
  reachChildrenStep,
  reachCodeStep,
  seedDupontFamily,
  type Family,
  type Harness,
} from './core-harness';

describe('identity check and SMS limits', () => {
  let h: Harness;
  let family: Family;
  beforeEach(() => {
    h = createHarness();
    family = seedDupontFamily(h);
  });
  afterEach(() => h.close());

  async function confirmWith(identity: typeof PATRICK_IDENTITY, sessionId = 'session-1') {
    const start = await h.okCall('activation.start', {}, sessionId);
    await h.okCall('activation.submitIdentity', { flowId: start.flowId, ...identity }, sessionId);
    return {
      flowId: start.flowId,
      result: await h.call('activation.confirmSend', { flowId: start.flowId }, sessionId),
    };
  }

  it('S-ENUM-1 a mismatch gives the one IDENTITY_MISMATCH whatever was wrong and sends nothing', async () => {
    const wrongs = [
      { ...PATRICK_IDENTITY, lastName: 'Durand' },
      { ...PATRICK_IDENTITY, firstName: 'Pierre' },
      { ...PATRICK_IDENTITY, mobile: '06 12 34 56 79' },
    ];
    const errors = [];
    for (const identity of wrongs) {
      const { flowId, result } = await confirmWith(identity);
      expect(result.ok).toBe(false);
      if (!result.ok) errors.push(result.error);
      // Back to the form, so the person can correct it.
      expect(h.db.prepare('SELECT state FROM flows WHERE id = ?').get(flowId)).toEqual({
        state: 'identity',
      });
    }
    expect(errors).toEqual(
      wrongs.map(() => ({
        code: 'IDENTITY_MISMATCH',
        message: 'The identity does not match the roster',
      })),
    );
    expect(h.sms.sent).toHaveLength(0);
    expect(h.db.prepare('SELECT count(*) AS n FROM sms_log').get()).toEqual({ n: 0 });
  });

  it('S-ENUM-1 both a mismatch and a match wait out the response floor', async () => {
    await confirmWith({ ...PATRICK_IDENTITY, lastName: 'Durand' });
    await confirmWith(PATRICK_IDENTITY);
    expect(h.sleeps).toHaveLength(2);
    for (const ms of h.sleeps) {
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThanOrEqual(h.settings.identityResponseFloorMs);
    }
  });

  it('S-ENUM-1 two parents of one school sharing a phone: a first name that fits both binds nobody', async () => {
    for (const firstName of ['Marie-Claire', 'Marie-Thérèse']) {
      const parent = h.roster.guardian({
        familyName: 'DUPONT',
        firstName,
        mobileE164: PATRICK_MOBILE,
      });
      h.roster.link(parent, family.lea);
    }
    const marie = { ...PATRICK_IDENTITY, firstName: 'Marie' };
    const { flowId, result } = await confirmWith(marie);
    expect(result).toMatchObject({ ok: false, error: { code: 'IDENTITY_MISMATCH' } });
    expect(h.sms.sent).toHaveLength(0);
    expect(h.db.prepare('SELECT guardian_ids FROM flows WHERE id = ?').get(flowId)).toEqual({
      guardian_ids: null,
    });
    // The secretariat can see why in the audit log (the parent cannot).
    expect(
      h.db
        .prepare("SELECT details FROM audit_log WHERE action = 'activation.identity-mismatch'")
        .all(),
    ).toEqual([{ details: expect.stringContaining('"reason":"ambiguous"') }]);
    // The whole first name tells them apart.
    const claire = await confirmWith({ ...PATRICK_IDENTITY, firstName: 'Marie Claire' });
    expect(claire.result).toMatchObject({ ok: true, value: { step: 'code' } });
  });

  it('IDENTITY_INVALID names the empty or malformed field (format only)', async () => {
    const start = await h.okCall('activation.start', {});
    const submit = (patch: Partial<typeof PATRICK_IDENTITY>) =>
      h.call('activation.submitIdentity', { flowId: start.flowId, ...PATRICK_IDENTITY, ...patch });
    expect(await submit({ lastName: '  ' })).toMatchObject({
      error: { code: 'IDENTITY_INVALID', details: { reason: 'lastName' } },
    });
    expect(await submit({ firstName: '' })).toMatchObject({
      error: { details: { reason: 'firstName' } },
    });
    expect(await submit({ mobile: '12' })).toMatchObject({
      error: { details: { reason: 'mobile' } },
    });
  });

  it('S-RATE-3 five failed matches start a cooldown that grows, capped at 15 min', async () => {
    const wrong = { ...PATRICK_IDENTITY, firstName: 'Pierre' };
    for (let i = 0; i < 5; i += 1) {
      expect((await confirmWith(wrong)).result).toMatchObject({
        error: { code: 'IDENTITY_MISMATCH' },
      });
    }
    // Even the right identity waits: the kiosk is cooling down.
    expect((await confirmWith(PATRICK_IDENTITY)).result).toMatchObject({
      error: { code: 'IDENTITY_COOLDOWN', details: { retryAfterSeconds: 30 } },
    });
    expect(h.sms.sent).toHaveLength(0);
    let waited = 30;
    for (const expected of [60, 120, 240, 480, 900, 900]) {
      h.clock.advanceSeconds(waited);
      expect((await confirmWith(wrong)).result).toMatchObject({
        error: { code: 'IDENTITY_MISMATCH' },
      });
      expect((await confirmWith(wrong)).result).toMatchObject({
        error: { code: 'IDENTITY_COOLDOWN', details: { retryAfterSeconds: expected } },
      });
      waited = expected;
    }
  });

  it('S-RATE-3 "Abandonner", the idle reset or a reload (a new kiosk session) do not end the streak', async () => {
    const wrong = { ...PATRICK_IDENTITY, mobile: '06 99 99 99 99' };
    for (let i = 0; i < 4; i += 1) {
      expect((await confirmWith(wrong)).result).toMatchObject({
        error: { code: 'IDENTITY_MISMATCH' },
      });
      await h.okCall('session.reset', {});
    }
    // The fifth guess, from a fresh session, still starts the pause, for every session.
    expect((await confirmWith(wrong, 'reloaded-page')).result).toMatchObject({
      error: { code: 'IDENTITY_MISMATCH' },
    });
    await h.okCall('session.reset', {}, 'reloaded-page');
    expect((await confirmWith(PATRICK_IDENTITY, 'another-page')).result).toMatchObject({
      error: { code: 'IDENTITY_COOLDOWN', details: { retryAfterSeconds: 30 } },
    });
    expect(h.sms.sent).toHaveLength(0);
  });

  it('S-RATE-3 the streak is forgotten after 15 quiet minutes once its pause is over', async () => {
    const wrong = { ...PATRICK_IDENTITY, firstName: 'Pierre' };
    for (let i = 0; i < 5; i += 1) await confirmWith(wrong);
    h.clock.advanceSeconds(30); // the first pause is over
    expect((await confirmWith(wrong)).result).toMatchObject({
      error: { code: 'IDENTITY_MISMATCH' },
    });
    h.clock.advanceSeconds(59); // the second pause (60 s) is not over
    expect((await confirmWith(PATRICK_IDENTITY)).result).toMatchObject({
      error: { code: 'IDENTITY_COOLDOWN' },
    });
    // 15 minutes after the pause ended, one more mistake is not a seventh failure in a row.
    h.clock.advanceSeconds(1 + 15 * 60);
    expect((await confirmWith(wrong)).result).toMatchObject({
      error: { code: 'IDENTITY_MISMATCH' },
    });
    expect((await confirmWith(PATRICK_IDENTITY)).result.ok).toBe(true);
  });

  it('S-RATE-3 a bare match does not clear the streak: guesses alternated with a real identity still cool down', async () => {
    // Patrick's number had its 3 SMS this hour: his identity now matches but sends nothing.
    for (let i = 0; i < 3; i += 1) {
      expect((await confirmWith(PATRICK_IDENTITY, `earlier-${i}`)).result.ok).toBe(true);
      h.clock.advanceSeconds(61);
    }
    const unknown = { lastName: 'Nobody', firstName: 'Anyone', mobile: '06 99 99 99 99' };
    for (let i = 0; i < 5; i += 1) {
      expect((await confirmWith(unknown)).result).toMatchObject({
        error: { code: 'IDENTITY_MISMATCH' },
      });
      expect((await confirmWith(PATRICK_IDENTITY)).result).toMatchObject({
        error: { code: i < 4 ? 'SMS_RATE_LIMITED' : 'IDENTITY_COOLDOWN' },
      });
    }
    expect(h.sms.sent).toHaveLength(3);
  });

  it('S-RATE-3 an SMS accepted for a matched identity ends the streak', async () => {
    const wrong = { ...PATRICK_IDENTITY, mobile: '06 99 99 99 99' };
    const failTimes = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        expect((await confirmWith(wrong)).result).toMatchObject({
          error: { code: 'IDENTITY_MISMATCH' },
        });
      }
    };
    await failTimes(4);
    // The SMS sent for the matched identity clears the streak: four more failures are fine.
    expect((await confirmWith(PATRICK_IDENTITY)).result.ok).toBe(true);
    await failTimes(4);
    expect((await confirmWith(wrong)).result).toMatchObject({
      error: { code: 'IDENTITY_MISMATCH' },
    });
    expect((await confirmWith(wrong)).result).toMatchObject({
      error: { code: 'IDENTITY_COOLDOWN' },
    });
    expect(h.sms.sent).toHaveLength(1);
  });

  it('S-RATE-3 the kiosk-wide backstop: 20 failures in 15 minutes hold everyone, then decay', async () => {
    // The streak's own pause set out of the way, to see the backstop alone.
    h.close();
    h = createHarness({ settings: { identityFailuresBeforeCooldown: 1000 } });
    seedDupontFamily(h);
    const wrong = { ...PATRICK_IDENTITY, firstName: 'Pierre' };
    for (let i = 0; i < 20; i += 1) {
      expect((await confirmWith(wrong, `visitor-${i}`)).result).toMatchObject({
        error: { code: 'IDENTITY_MISMATCH' },
      });
      h.clock.advanceSeconds(10);
    }
    // The first failure was 200 s ago: it leaves the 15-minute window in 700 s.
    expect((await confirmWith(PATRICK_IDENTITY, 'parent')).result).toMatchObject({
      error: { code: 'IDENTITY_COOLDOWN', details: { retryAfterSeconds: 700 } },
    });
    // It survives a restart: the window is read from the database.
    const restarted = createIdentityCooldown(h.db, h.settings);
    expect(restarted.retryAfterSeconds(h.clock.now())).toBe(700);
    h.clock.advanceSeconds(700);
    expect((await confirmWith(PATRICK_IDENTITY, 'parent')).result.ok).toBe(true);
  });

  it('S-OTP-3 a code works once and only in its own flow', async () => {
    const [otherCode, code] = [HARNESS_CODES[0], HARNESS_CODES[1]];
    const other = await reachCodeStep(h, PATRICK_IDENTITY, 'session-2');
    expect(h.sms.lastCode()).toBe(otherCode);
    h.clock.advanceSeconds(61); // S-RATE-2 resend cooldown of the number
    const flowId = await reachCodeStep(h);
    expect(h.sms.lastCode()).toBe(code);
    expect(flowId).not.toBe(other);

    // The other flow's code is a wrong code here, counted as such.
    expect(await h.call('activation.submitCode', { flowId, code: otherCode })).toEqual({
      ok: false,
      error: { code: 'CODE_INVALID', message: 'Wrong code', details: { remainingAttempts: 4 } },
    });
    h.clock.advanceSeconds(5);
    const usedAt = h.clock.now().toISOString();
    expectStep(await h.okCall('activation.submitCode', { flowId, code }), 'children');
    h.clock.advanceSeconds(5);
    expect(await h.call('activation.submitCode', { flowId, code })).toMatchObject({
      error: { code: 'FLOW_WRONG_STEP' },
    });
    const rows = h.db.prepare(
      'SELECT id, state, code_used_at, code_failures FROM flows WHERE id IN (?, ?) ORDER BY created_at',
    );
    expect(rows.all(other, flowId)).toEqual([
      { id: other, state: 'code', code_used_at: null, code_failures: 0 },
      { id: flowId, state: 'children', code_used_at: usedAt, code_failures: 1 },
    ]);
    // Its own code still works in the other flow.
    expectStep(
      await h.okCall('activation.submitCode', { flowId: other, code: otherCode }, 'session-2'),
      'children',
    );
  });

  it('S-OTP-5 five wrong codes end the flow, and a resend does not reset the count', async () => {
    const flowId = await reachCodeStep(h);
    const wrong = h.sms.lastCode() === '000000' ? '111111' : '000000';
    for (const remaining of [4, 3, 2]) {
      expect(await h.call('activation.submitCode', { flowId, code: wrong })).toMatchObject({
        error: { code: 'CODE_INVALID', details: { remainingAttempts: remaining } },
      });
    }
    h.clock.advanceSeconds(61);
    const resent = expectStep(await h.okCall('activation.resendCode', { flowId }), 'code');
    expect(resent.code.remainingAttempts).toBe(2);
    const fresh = h.sms.lastCode();
    const wrong2 = fresh === '000000' ? '111111' : '000000';
    expect(await h.call('activation.submitCode', { flowId, code: wrong2 })).toMatchObject({
      error: { code: 'CODE_INVALID', details: { remainingAttempts: 1 } },
    });
    expect(await h.call('activation.submitCode', { flowId, code: wrong2 })).toMatchObject({
      error: { code: 'CODE_TOO_MANY_ATTEMPTS' },
    });
    // Dead: even the right code is refused now.
    expect(await h.call('activation.submitCode', { flowId, code: fresh })).toMatchObject({
      error: { code: 'FLOW_ENDED', details: { reason: 'too-many-codes' } },
    });
    expect(
      h.db.prepare('SELECT failed_secret_count FROM guardians WHERE id = ?').get(family.patrick),
    ).toEqual({ failed_secret_count: 5 });
  });

  it('CODE_FORMAT is not counted as a wrong code', async () => {
    const flowId = await reachCodeStep(h);
    expect(await h.call('activation.submitCode', { flowId, code: '12 34' })).toMatchObject({
      error: { code: 'CODE_FORMAT' },
    });
    const view = await h.okCall('activation.submitCode', {
      flowId,
      code: ` ${h.sms.lastCode().slice(0, 3)} ${h.sms.lastCode().slice(3)} `,
    });
    expect(view.step).toBe('children');
  });

  it('S-OTP-2 a code is refused after 30 minutes and the person starts again', async () => {
    const flowId = await reachCodeStep(h);
    const code = h.sms.lastCode();
    h.clock.advanceSeconds(30 * 60);
    expect(await h.call('activation.submitCode', { flowId, code })).toMatchObject({
      error: { code: 'CODE_EXPIRED' },
    });
    expect(h.db.prepare('SELECT state, ended_reason, phone_e164 FROM flows').get()).toEqual({
      state: 'ended',
      ended_reason: 'expired',
      phone_e164: null,
    });
    expectStep(await h.okCall('activation.start', {}), 'identity');
  });

  it('S-RATE-2 resend waits 60 s, and the new code replaces the old one', async () => {
    const flowId = await reachCodeStep(h);
    expect(h.sms.lastCode()).toBe(HARNESS_CODES[0]);
    h.clock.advanceSeconds(20);
    expect(await h.call('activation.resendCode', { flowId })).toMatchObject({
      error: { code: 'SMS_RESEND_COOLDOWN', details: { retryAfterSeconds: 40 } },
    });
    h.clock.advanceSeconds(40);
    await h.okCall('activation.resendCode', { flowId });
    expect(h.sms.sent).toHaveLength(2);
    expect(h.sms.lastCode()).toBe(HARNESS_CODES[1]);
    expect(await h.call('activation.submitCode', { flowId, code: HARNESS_CODES[0] })).toMatchObject(
      { error: { code: 'CODE_INVALID', details: { remainingAttempts: 4 } } },
    );
    expectStep(
      await h.okCall('activation.submitCode', { flowId, code: HARNESS_CODES[1] }),
      'children',
    );
  });

  it('S-RATE-2 at most 3 SMS per number per hour, across flows', async () => {
    const flowId = await reachCodeStep(h);
    h.clock.advanceSeconds(61);
    await h.okCall('activation.resendCode', { flowId });
    h.clock.advanceSeconds(61);
    await h.okCall('activation.resendCode', { flowId });
    h.clock.advanceSeconds(61);
    expect(await h.call('activation.resendCode', { flowId })).toMatchObject({
      error: { code: 'SMS_RATE_LIMITED', details: { retryAfterSeconds: 3600 - 183 } },
    });
    const again = await confirmWith(PATRICK_IDENTITY, 'session-2');
    expect(again.result).toMatchObject({ error: { code: 'SMS_RATE_LIMITED' } });
    expect(h.sms.sent).toHaveLength(3);
    h.clock.advanceSeconds(3600);
    expect((await confirmWith(PATRICK_IDENTITY, 'session-2')).result.ok).toBe(true);
  });

  it('S-RATE-2 at most 5 SMS per number per day', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await confirmWith(PATRICK_IDENTITY)).result.ok).toBe(true);
      h.clock.advanceSeconds(1800);
    }
    expect((await confirmWith(PATRICK_IDENTITY)).result).toMatchObject({
      error: { code: 'SMS_RATE_LIMITED' },
    });
    expect(h.sms.sent).toHaveLength(5);
  });

  it('a gateway failure gives SMS_FAILED, keeps the flow at confirm-send, and a retry works', async () => {
    const start = await h.okCall('activation.start', {});
    await h.okCall('activation.submitIdentity', { flowId: start.flowId, ...PATRICK_IDENTITY });
    h.sms.failNext('InsufficientCredit');
    expect(await h.call('activation.confirmSend', { flowId: start.flowId })).toMatchObject({
      error: { code: 'SMS_FAILED', details: { reason: 'InsufficientCredit' } },
    });
    expect(h.db.prepare('SELECT state FROM flows').get()).toEqual({ state: 'confirm-send' });
    expect(h.db.prepare('SELECT status, error_kind FROM sms_log').all()).toEqual([
      { status: 'failed', error_kind: 'InsufficientCredit' },
    ]);
    expectStep(await h.okCall('activation.confirmSend', { flowId: start.flowId }), 'code');
    expect(h.db.prepare('SELECT status FROM sms_log ORDER BY status').all()).toEqual([
      { status: 'accepted' },
      { status: 'failed' },
    ]);
  });

  it('S-RATE-2 a resend that ended in doubt counts: a new tap gets SMS_RATE_LIMITED, not a second code', async () => {
    const flowId = await reachCodeStep(h);
    h.clock.advanceSeconds(61);
    h.sms.failNext('Transient', true); // e.g. the phone took it but its answer timed out
    expect(await h.call('activation.resendCode', { flowId })).toMatchObject({
      error: { code: 'SMS_FAILED', details: { reason: 'Uncertain' } },
    });
    expect(
      h.db.prepare('SELECT status, error_kind FROM sms_log ORDER BY created_at').all(),
    ).toEqual([
      { status: 'accepted', error_kind: null },
      { status: 'uncertain', error_kind: 'Transient' },
    ]);
    h.clock.advanceSeconds(2);
    expect(await h.call('activation.resendCode', { flowId })).toEqual({
      ok: false,
      error: {
        code: 'SMS_RATE_LIMITED',
        message: 'SMS limit reached for this number or kiosk',
        details: { retryAfterSeconds: 58 },
      },
    });
    expect(h.sms.sent).toHaveLength(1);
    // The flow still holds the first code, which keeps working.
    expectStep(
      await h.okCall('activation.submitCode', { flowId, code: HARNESS_CODES[0] }),
      'children',
    );
    const audit = h.db
      .prepare("SELECT details FROM audit_log WHERE action = 'activation.sms-failed'")
      .pluck()
      .all() as string[];
    expect(audit.map((d) => JSON.parse(d))).toEqual([
      expect.objectContaining({ errorKind: 'Transient', outcome: 'uncertain' }),
    ]);
  });

  it('S-RATE-2 sends that ended in doubt count toward the hourly limit of the number', async () => {
    for (let i = 0; i < 3; i += 1) {
      h.sms.failNext('Transient', true);
      expect((await confirmWith(PATRICK_IDENTITY)).result).toMatchObject({
        error: { code: 'SMS_FAILED' },
      });
      h.clock.advanceSeconds(61);
    }
    expect((await confirmWith(PATRICK_IDENTITY)).result).toMatchObject({
      error: { code: 'SMS_RATE_LIMITED', details: { retryAfterSeconds: 3600 - 183 } },
    });
  });

  it('refuses the demo phone outside demo mode (it would show codes to anyone)', async () => {
    const demo = createHarness({ provider: 'demo' });
    try {
      seedDupontFamily(demo);
      const start = await demo.okCall('activation.start', {});
      await demo.okCall('activation.submitIdentity', { flowId: start.flowId, ...PATRICK_IDENTITY });
      expect(await demo.call('activation.confirmSend', { flowId: start.flowId })).toMatchObject({
        error: { code: 'SMS_NOT_CONFIGURED' },
      });
      demo.roster.rosterSource('demo');
      expectStep(await demo.okCall('activation.confirmSend', { flowId: start.flowId }), 'code');
    } finally {
      demo.close();
    }
  });

  it('S-RATE-1 S-ENUM-1 a locked guardian cannot activate and gets exactly IDENTITY_MISMATCH', async () => {
    const unknown = await confirmWith({ ...PATRICK_IDENTITY, lastName: 'Durand' });
    h.db.prepare("UPDATE guardians SET locked_at = '2025-01-01T00:00:00Z'").run();
    const { flowId, result } = await confirmWith(PATRICK_IDENTITY);
    expect(result).toEqual(unknown.result);
    expect(result).toMatchObject({ error: { code: 'IDENTITY_MISMATCH' } });
    expect(h.sms.sent).toHaveLength(0);
    // Same path as a mismatch: back to the form, with nothing typed kept.
    expect(
      h.db.prepare('SELECT state, phone_e164, typed_last_name FROM flows WHERE id = ?').get(flowId),
    ).toEqual({ state: 'identity', phone_e164: null, typed_last_name: null });
    expect(h.sleeps).toHaveLength(2); // both waited out the response floor
    // Only the audit log tells them apart.
    const audits = h.db
      .prepare(
        "SELECT guardian_id, details FROM audit_log WHERE action = 'activation.identity-mismatch' ORDER BY at, rowid",
      )
      .all() as { guardian_id: number | null; details: string }[];
    expect(audits.map((a) => [a.guardian_id, JSON.parse(a.details).reason])).toEqual([
      [null, 'no-match'],
      [family.patrick, 'guardian-locked'],
    ]);
  });

  it('S-RATE-1 a guardian locked while their flow waits at the code: the right code and a resend are refused', async () => {
    const flowId = await reachCodeStep(h);
    const code = h.sms.lastCode();
    // Meanwhile another session's failures lock Patrick (count kept at its lock value).
    h.db.prepare("UPDATE guardians SET failed_secret_count = 100, locked_at = 'now'").run();
    h.clock.advanceSeconds(61);
    expect(await h.call('activation.resendCode', { flowId })).toMatchObject({
      error: { code: 'GUARDIAN_LOCKED' },
    });
    expect(await h.call('activation.submitCode', { flowId, code: code ?? '' })).toMatchObject({
      error: { code: 'FLOW_ENDED', details: { reason: 'guardian-locked' } },
    });
    expect(h.sms.sent).toHaveLength(1);
    expect(h.db.prepare('SELECT failed_secret_count FROM guardians').get()).toEqual({
      failed_secret_count: 100,
    });
  });

  it('S-RATE-1 the right code of a guardian locked meanwhile is refused, the count kept', async () => {
    const flowId = await reachCodeStep(h);
    const code = h.sms.lastCode();
    h.db.prepare("UPDATE guardians SET failed_secret_count = 100, locked_at = 'now'").run();
    expect(await h.call('activation.submitCode', { flowId, code: code ?? '' })).toMatchObject({
      error: { code: 'GUARDIAN_LOCKED' },
    });
    expect(h.db.prepare('SELECT failed_secret_count, locked_at FROM guardians').get()).toEqual({
      failed_secret_count: 100,
      locked_at: 'now',
    });
  });

  it('S-RATE-1 the 100th consecutive failed secret locks the guardian', async () => {
    h.db.prepare('UPDATE guardians SET failed_secret_count = 98').run();
    const { flowId, children } = await reachChildrenStep(h);
    // The right code reset the count: one wrong birth date is then 1, not 99.
    const lea = children.find((c) => c.firstName === 'Léa');
    const answer = () =>
      h.call('activation.answerChild', {
        flowId,
        childKey: lea?.childKey ?? '',
        isLegalGuardian: true,
        birthDate: '01/01/2000',
      });
    expect(await answer()).toMatchObject({ error: { code: 'BIRTHDATE_MISMATCH' } });
    expect(h.db.prepare('SELECT failed_secret_count, locked_at FROM guardians').get()).toEqual({
      failed_secret_count: 1,
      locked_at: null,
    });
    h.db.prepare('UPDATE guardians SET failed_secret_count = 99').run();
    expect(await answer()).toMatchObject({ error: { code: 'GUARDIAN_LOCKED' } });
    expect(h.db.prepare('SELECT locked_at FROM guardians').get()).toEqual({
      locked_at: h.clock.now().toISOString(),
    });
    // Every kiosk of the school must refuse this guardian: the lock is a sync event, once.
    const lockEvents = h.db
      .prepare("SELECT payload FROM events WHERE type = 'guardian.locked'")
      .all() as { payload: string }[];
    expect(lockEvents).toHaveLength(1);
    expect(JSON.parse(lockEvents[0]?.payload ?? '{}')).toMatchObject({
      lockedAt: h.clock.now().toISOString(),
    });
    h.clock.advanceSeconds(61); // S-RATE-2 resend cooldown of the number
    const again = await confirmWith(PATRICK_IDENTITY, 'session-2');
    expect(again.result).toMatchObject({ error: { code: 'IDENTITY_MISMATCH' } }); // S-ENUM-1
  });

  it('S-ENUM-1 the kiosk SMS ceiling is checked before the roster: a stranger gets SMS_RATE_LIMITED too', async () => {
    const small = createHarness({ settings: { smsPerKioskPerHour: 1 } });
    try {
      seedDupontFamily(small);
      const confirm = async (identity: typeof PATRICK_IDENTITY, sessionId: string) => {
        const start = await small.okCall('activation.start', {}, sessionId);
        await small.okCall(
          'activation.submitIdentity',
          { flowId: start.flowId, ...identity },
          sessionId,
        );
        return small.call('activation.confirmSend', { flowId: start.flowId }, sessionId);
      };
      expect((await confirm(PATRICK_IDENTITY, 'a')).ok).toBe(true);
      small.clock.advanceSeconds(600);
      const stranger = { lastName: 'Nobody', firstName: 'Anyone', mobile: '06 99 99 99 99' };
      const forStranger = await confirm(stranger, 'b');
      const forPatrickElsewhere = await confirm(
        { ...PATRICK_IDENTITY, mobile: '06 11 22 33 44' },
        'c',
      );
      expect(forStranger).toMatchObject({
        error: { code: 'SMS_RATE_LIMITED', details: { retryAfterSeconds: 3000 } },
      });
      expect(forPatrickElsewhere).toEqual(forStranger);
      // Not counted as a failed identity check: nothing was compared.
      expect(
        small.db
          .prepare(
            "SELECT count(*) AS n FROM audit_log WHERE action = 'activation.identity-mismatch'",
          )
          .get(),
      ).toEqual({ n: 0 });
    } finally {
      small.close();
    }
  });

  it('S-ENUM-1 the per-phone limits apply to the typed number before the roster match', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect((await confirmWith(PATRICK_IDENTITY, `earlier-${i}`)).result.ok).toBe(true);
      h.clock.advanceSeconds(61);
    }
    // Right person, wrong name, unknown person: all the same answer for this number.
    const answers = await Promise.all(
      [
        PATRICK_IDENTITY,
        { ...PATRICK_IDENTITY, firstName: 'Pierre' },
        { ...PATRICK_IDENTITY, lastName: 'Nobody', firstName: 'Anyone' },
      ].map(async (identity, i) => (await confirmWith(identity, `now-${i}`)).result),
    );
    for (const answer of answers) {
      expect(answer).toEqual({
        ok: false,
        error: {
          code: 'SMS_RATE_LIMITED',
          message: 'SMS limit reached for this number or kiosk',
          details: { retryAfterSeconds: 3600 - 183 },
        },
      });
    }
    expect(h.sms.sent).toHaveLength(3);
  });

  it('S-RATE-2 the 60 s resend cooldown holds across flows: start again sends no second SMS', async () => {
    expect((await confirmWith(PATRICK_IDENTITY)).result.ok).toBe(true);
    h.clock.advanceSeconds(3);
    expect((await confirmWith(PATRICK_IDENTITY)).result).toMatchObject({
      error: { code: 'SMS_RATE_LIMITED', details: { retryAfterSeconds: 57 } },
    });
    expect((await confirmWith(PATRICK_IDENTITY, 'session-2')).result).toMatchObject({
      error: { code: 'SMS_RATE_LIMITED', details: { retryAfterSeconds: 57 } },
    });
    expect(h.sms.sent).toHaveLength(1);
    h.clock.advanceSeconds(57);
    expect((await confirmWith(PATRICK_IDENTITY)).result.ok).toBe(true);
    expect(h.sms.sent).toHaveLength(2);
  });

  it('S-OTP-2 resending after the code expired ends the flow with CODE_EXPIRED and sends nothing', async () => {
    const flowId = await reachCodeStep(h);
    h.clock.advanceSeconds(30 * 60);
    expect(await h.call('activation.resendCode', { flowId })).toMatchObject({
      error: { code: 'CODE_EXPIRED' },
    });
    expect(h.sms.sent).toHaveLength(1);
    expect(
      h.db.prepare('SELECT state, ended_reason, phone_e164, code_hmac FROM flows').get(),
    ).toEqual({ state: 'ended', ended_reason: 'expired', phone_e164: null, code_hmac: null });
    expect(await h.call('activation.resendCode', { flowId })).toMatchObject({
      error: { code: 'FLOW_ENDED', details: { reason: 'expired' } },
    });
  });
});
