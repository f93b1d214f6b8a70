import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createHarness,
  expectStep,
  PATRICK_IDENTITY,
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

  it('S-RATE-3 five failed matches start a cooldown that grows, and a match resets it', async () => {
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
    h.clock.advanceSeconds(31);
    expect((await confirmWith(wrong)).result).toMatchObject({
      error: { code: 'IDENTITY_MISMATCH' },
    });
    expect((await confirmWith(wrong)).result).toMatchObject({
      error: { code: 'IDENTITY_COOLDOWN', details: { retryAfterSeconds: 60 } },
    });
    h.clock.advanceSeconds(61);
    expect((await confirmWith(PATRICK_IDENTITY)).result.ok).toBe(true);
    expect((await confirmWith(wrong, 'session-2')).result).toMatchObject({
      error: { code: 'IDENTITY_MISMATCH' }, // counter reset by the match: no cooldown
    });
    // One failure after a reset is far from the threshold: no cooldown.
    expect((await confirmWith(PATRICK_IDENTITY, 'session-3')).result.ok).toBe(true);
  });

  it('S-OTP-3 a code works once and only in its own flow', async () => {
    const other = await reachCodeStep(h, PATRICK_IDENTITY, 'session-2');
    const otherCode = h.sms.lastCode();
    const flowId = await reachCodeStep(h);
    const code = h.sms.lastCode();
    expect(await h.call('activation.submitCode', { flowId, code: otherCode })).toMatchObject(
      otherCode === code ? { ok: true } : { error: { code: 'CODE_INVALID' } },
    );
    if (otherCode !== code) await h.okCall('activation.submitCode', { flowId, code });
    expect(await h.call('activation.submitCode', { flowId, code })).toMatchObject({
      error: { code: 'FLOW_WRONG_STEP' },
    });
    expect(h.db.prepare('SELECT code_used_at FROM flows WHERE id = ?').get(flowId)).not.toEqual({
      code_used_at: null,
    });
    expect(other).not.toBe(flowId);
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
    const first = h.sms.lastCode();
    h.clock.advanceSeconds(20);
    expect(await h.call('activation.resendCode', { flowId })).toMatchObject({
      error: { code: 'SMS_RESEND_COOLDOWN', details: { retryAfterSeconds: 40 } },
    });
    h.clock.advanceSeconds(40);
    await h.okCall('activation.resendCode', { flowId });
    expect(h.sms.sent).toHaveLength(2);
    const second = h.sms.lastCode();
    if (first !== second) {
      expect(await h.call('activation.submitCode', { flowId, code: first })).toMatchObject({
        error: { code: 'CODE_INVALID' },
      });
    }
    expectStep(await h.okCall('activation.submitCode', { flowId, code: second }), 'children');
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

  it('S-RATE-1 a locked guardian cannot activate', async () => {
    h.db.prepare("UPDATE guardians SET locked_at = '2025-01-01T00:00:00Z'").run();
    const { result } = await confirmWith(PATRICK_IDENTITY);
    expect(result).toMatchObject({ error: { code: 'GUARDIAN_LOCKED' } });
    expect(h.sms.sent).toHaveLength(0);
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
    const again = await confirmWith(PATRICK_IDENTITY, 'session-2');
    expect(again.result).toMatchObject({ error: { code: 'GUARDIAN_LOCKED' } });
  });
});
