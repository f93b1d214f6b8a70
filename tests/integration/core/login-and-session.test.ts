import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  activateFully,
  createHarness,
  DUPONT_BIRTH_DATES,
  PATRICK_IDENTITY,
  reachCodeStep,
  seedDupontFamily,
  type Family,
  type Harness,
} from './core-harness';

const PASSWORD = 'cheval pomme verte';

describe('login (S-RATE-1, S-KIOSK-4)', () => {
  let h: Harness;
  let family: Family;
  beforeEach(async () => {
    h = createHarness();
    family = seedDupontFamily(h);
    await activateFully(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, PASSWORD, 'activation-session');
  });
  afterEach(() => h.close());

  const login = (identifier: string, password: string, sessionId = 'session-1') =>
    h.call('login.submit', { identifier, password }, sessionId);

  it('an unknown identifier and a wrong password give the same LOGIN_FAILED', async () => {
    const unknown = await login('marie.curie1', PASSWORD);
    const wrong = await login('patrick.dupont1', 'pas le bon mot de passe');
    expect(unknown).toEqual(wrong);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED' } });
    expect(
      h.db.prepare('SELECT failed_secret_count FROM guardians WHERE id = ?').get(family.patrick),
    ).toEqual({ failed_secret_count: 1 });
  });

  it('S-PWD-1 a password typed in another Unicode form (NFKC) still logs in', async () => {
    const h2 = createHarness();
    try {
      seedDupontFamily(h2);
      const composed = 'Café crème du matin'; // é as one code point (NFC)
      await activateFully(h2, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, composed);
      const decomposed = composed.normalize('NFD'); // e + combining accent, as some keyboards type
      expect(decomposed).not.toBe(composed);
      expect(
        await h2.call('login.submit', { identifier: 'patrick.dupont1', password: decomposed }),
      ).toMatchObject({ ok: true });
    } finally {
      h2.close();
    }
  });

  it('throttles after 5 failures with a growing delay, known identifier or not', async () => {
    for (const identifier of ['patrick.dupont1', 'nobody.here1']) {
      for (let i = 0; i < 5; i += 1) {
        expect(await login(identifier, 'wrong password!')).toMatchObject({
          error: { code: 'LOGIN_FAILED' },
        });
      }
      expect(await login(identifier, PASSWORD)).toMatchObject({
        error: { code: 'LOGIN_THROTTLED', details: { retryAfterSeconds: 30 } },
      });
    }
    h.clock.advanceSeconds(31);
    expect(await login('patrick.dupont1', 'wrong password!')).toMatchObject({
      error: { code: 'LOGIN_FAILED' },
    });
    expect(await login('patrick.dupont1', PASSWORD)).toMatchObject({
      error: { code: 'LOGIN_THROTTLED', details: { retryAfterSeconds: 60 } },
    });
    h.clock.advanceSeconds(61);
    expect((await login('patrick.dupont1', PASSWORD)).ok).toBe(true);
    // Success resets the counters.
    expect(
      h.db
        .prepare('SELECT count(*) AS n FROM login_throttle WHERE identifier_key = ?')
        .get('patrick.dupont1'),
    ).toEqual({ n: 0 });
    expect(
      h.db.prepare('SELECT failed_secret_count FROM guardians WHERE id = ?').get(family.patrick),
    ).toEqual({ failed_secret_count: 0 });
  });

  it("a locked guardian's account cannot log in, even with the right password", async () => {
    h.db.prepare("UPDATE guardians SET locked_at = '2025-10-01T00:00:00Z'").run();
    expect(await login('patrick.dupont1', PASSWORD)).toMatchObject({
      error: { code: 'LOGIN_FAILED' },
    });
    const audit = h.db
      .prepare("SELECT details FROM audit_log WHERE action = 'login.failed'")
      .get() as { details: string };
    expect(JSON.parse(audit.details)).toMatchObject({ reason: 'guardian-locked' });
  });

  it('S-KIOSK-4 shows the account while logged in, and nothing after logout', async () => {
    expect(await h.call('account.view', {})).toMatchObject({ error: { code: 'NOT_LOGGED_IN' } });
    await h.okCall('login.submit', { identifier: 'patrick.dupont1', password: PASSWORD });
    expect(await h.okCall('account.view', {})).toMatchObject({ identifier: 'patrick.dupont1' });
    expect(await h.call('account.view', {}, 'another-session')).toMatchObject({
      error: { code: 'NOT_LOGGED_IN' },
    });
    await h.okCall('account.logout', {});
    expect(await h.call('account.view', {})).toMatchObject({ error: { code: 'NOT_LOGGED_IN' } });
  });

  it('S-RATE-1 parallel wrong logins from several sessions are throttled at the threshold', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => login('patrick.dupont1', 'wrong password!', `s-${i}`)),
    );
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code)).sort();
    expect(codes).toEqual([
      ...Array.from({ length: 5 }, () => 'LOGIN_FAILED'),
      ...Array.from({ length: 3 }, () => 'LOGIN_THROTTLED'),
    ]);
    // Only the five evaluated passwords count against the guardian.
    expect(
      h.db.prepare('SELECT failed_secret_count FROM guardians WHERE id = ?').get(family.patrick),
    ).toEqual({ failed_secret_count: 5 });
  });

  it('S-RATE-1 the provisional failure of a right password is undone', async () => {
    for (let i = 0; i < 4; i += 1) await login('patrick.dupont1', 'wrong password!');
    expect((await login('patrick.dupont1', PASSWORD)).ok).toBe(true);
    expect(h.db.prepare('SELECT count(*) AS n FROM login_throttle').get()).toEqual({ n: 0 });
    for (let i = 0; i < 4; i += 1) {
      expect(await login('patrick.dupont1', 'wrong password!')).toMatchObject({
        error: { code: 'LOGIN_FAILED' },
      });
    }
  });

  it('S-KIOSK-4 the account shows only children the roster still links (level 1, enrolled)', async () => {
    await h.okCall('login.submit', { identifier: 'patrick.dupont1', password: PASSWORD });
    const names = async () =>
      (await h.okCall('account.view', {})).children.map((c) => c.firstName).sort();
    expect(await names()).toEqual(['Hugo', 'Léa']);
    h.db
      .prepare('DELETE FROM guardian_students WHERE guardian_id = ? AND student_id = ?')
      .run(family.patrick, family.hugo);
    expect(await names()).toEqual(['Léa']);
    h.db
      .prepare('UPDATE guardian_students SET legal_level = 2 WHERE student_id = ?')
      .run(family.lea);
    expect(await names()).toEqual([]);
    h.db
      .prepare('UPDATE guardian_students SET legal_level = 1 WHERE student_id = ?')
      .run(family.lea);
    expect(await names()).toEqual(['Léa']);
    h.db.prepare('UPDATE students SET enrolled = 0 WHERE id = ?').run(family.lea);
    expect(await names()).toEqual([]);
  });

  it('S-KIOSK-4 the main side ends an idle login (idle + warning + 30 s after the last call)', async () => {
    const limit = h.settings.idleSeconds + h.settings.idleWarningSeconds + 30;
    await h.okCall('login.submit', { identifier: 'patrick.dupont1', password: PASSWORD });
    h.clock.advanceSeconds(limit - 1);
    await h.okCall('kiosk.status', {}); // any call of the session is activity
    h.clock.advanceSeconds(limit - 1);
    expect(await h.okCall('account.view', {})).toMatchObject({ identifier: 'patrick.dupont1' });
    h.clock.advanceSeconds(limit - 1);
    await h.okCall('kiosk.status', {}, 'another-session'); // not this session's activity
    h.clock.advanceSeconds(1);
    expect(await h.call('account.view', {})).toMatchObject({ error: { code: 'NOT_LOGGED_IN' } });
    // Dropped, not just hidden: coming back within the limit does not revive it.
    h.clock.advanceSeconds(-limit);
    expect(await h.call('account.view', {})).toMatchObject({ error: { code: 'NOT_LOGGED_IN' } });
    const audit = h.db.prepare("SELECT details FROM audit_log WHERE action = 'logout'").get() as {
      details: string;
    };
    expect(JSON.parse(audit.details)).toMatchObject({ reason: 'idle-expired' });
  });

  it('S-KIOSK-4 session.reset logs out', async () => {
    await h.okCall('login.submit', { identifier: 'patrick.dupont1', password: PASSWORD });
    await h.okCall('session.reset', {});
    expect(await h.call('account.view', {})).toMatchObject({ error: { code: 'NOT_LOGGED_IN' } });
  });
});

describe('flow guards and the kiosk session', () => {
  let h: Harness;
  beforeEach(() => {
    h = createHarness();
    seedDupontFamily(h);
  });
  afterEach(() => h.close());

  it('session.reset ends the open flow, which then refuses every step', async () => {
    const flowId = await reachCodeStep(h);
    await h.okCall('session.reset', {});
    expect(await h.call('activation.submitCode', { flowId, code: h.sms.lastCode() })).toMatchObject(
      { error: { code: 'FLOW_ENDED', details: { reason: 'abandoned' } } },
    );
    expect(h.db.prepare('SELECT state, phone_e164, code_hmac FROM flows').get()).toEqual({
      state: 'ended',
      phone_e164: null,
      code_hmac: null,
    });
  });

  it('a flow of another kiosk session is FLOW_NOT_FOUND', async () => {
    const flowId = await reachCodeStep(h);
    expect(
      await h.call('activation.submitCode', { flowId, code: h.sms.lastCode() }, 'intruder'),
    ).toMatchObject({ error: { code: 'FLOW_NOT_FOUND' } });
    expect(await h.call('activation.abandon', { flowId }, 'intruder')).toMatchObject({
      error: { code: 'FLOW_NOT_FOUND' },
    });
  });

  it('a renderer asking for a later step gets FLOW_WRONG_STEP', async () => {
    const start = await h.okCall('activation.start', {});
    for (const call of [
      h.call('activation.confirmSend', { flowId: start.flowId }),
      h.call('activation.submitCode', { flowId: start.flowId, code: '123456' }),
      h.call('activation.continueToIdentifier', { flowId: start.flowId }),
      h.call('activation.setPassword', {
        flowId: start.flowId,
        password: 'cheval pomme verte',
        confirmation: 'cheval pomme verte',
      }),
    ]) {
      expect(await call).toMatchObject({ error: { code: 'FLOW_WRONG_STEP' } });
    }
    expect(h.sms.sent).toHaveLength(0);
  });

  it('back from confirm-send returns to the identity form', async () => {
    const start = await h.okCall('activation.start', {});
    await h.okCall('activation.submitIdentity', { flowId: start.flowId, ...PATRICK_IDENTITY });
    expect(await h.okCall('activation.back', { flowId: start.flowId })).toMatchObject({
      step: 'identity',
    });
  });

  it('a new start abandons the earlier open flow of the session', async () => {
    const first = await h.okCall('activation.start', {});
    await h.okCall('activation.start', {});
    expect(
      await h.call('activation.submitIdentity', { flowId: first.flowId, ...PATRICK_IDENTITY }),
    ).toMatchObject({ error: { code: 'FLOW_ENDED' } });
  });

  it('a flow past its lifetime is FLOW_EXPIRED', async () => {
    const start = await h.okCall('activation.start', {});
    h.clock.advanceSeconds(h.settings.flowTtlSeconds);
    expect(
      await h.call('activation.submitIdentity', { flowId: start.flowId, ...PATRICK_IDENTITY }),
    ).toMatchObject({ error: { code: 'FLOW_EXPIRED' } });
    // Told apart from an expired code: the flow itself ran out of time.
    expect(
      await h.call('activation.submitIdentity', { flowId: start.flowId, ...PATRICK_IDENTITY }),
    ).toMatchObject({ error: { code: 'FLOW_ENDED', details: { reason: 'flow-expired' } } });
  });

  it('abandon ends the flow', async () => {
    const start = await h.okCall('activation.start', {});
    expect(await h.okCall('activation.abandon', { flowId: start.flowId })).toEqual({
      abandoned: true,
    });
    expect(h.db.prepare('SELECT state, ended_reason FROM flows').get()).toEqual({
      state: 'ended',
      ended_reason: 'abandoned',
    });
  });

  it('refuses a payload outside the contract with INVALID_REQUEST', async () => {
    const result = await h.core.handlers['activation.submitCode'](
      { sessionId: 'session-1' },
      { flowId: 'not-a-uuid', code: '123456' },
    );
    expect(result).toMatchObject({ error: { code: 'INVALID_REQUEST' } });
  });

  it('turns an unexpected failure into INTERNAL with an English log and no personal data', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const start = await h.okCall('activation.start', {});
      await h.okCall('activation.submitIdentity', { flowId: start.flowId, ...PATRICK_IDENTITY });
      h.db.exec('DROP TABLE sms_log'); // read by the SMS limits of "Valider"
      expect(await h.call('activation.confirmSend', { flowId: start.flowId })).toMatchObject({
        error: { code: 'INTERNAL' },
      });
      const logged = errors.mock.calls.flat().join(' ');
      expect(logged).toMatch(/activation\.confirmSend failed unexpectedly/);
      expect(logged).not.toMatch(/612345678|Dupont|Patrick/i);
    } finally {
      errors.mockRestore();
    }
  });

  it('kiosk.status describes the kiosk; demo.inbox only in demo mode', async () => {
    expect(await h.okCall('kiosk.status', {})).toEqual({
      demoMode: false,
      realGatewayOnDemoRoster: false,
      kioskName: "Kiosque de l'accueil",
      schoolNames: ['Collège Jean Moulin'],
      idleSeconds: 90,
      idleWarningSeconds: 20,
      codeValidityMinutes: 30,
      resendCooldownSeconds: 60,
    });
    expect(await h.call('demo.inbox', {})).toMatchObject({ error: { code: 'NOT_DEMO_MODE' } });
  });

  it('demo.inbox shows the demo phone in demo mode', async () => {
    const message = { id: 3, to: '06 •• •• •• 78', text: 'Votre code…', sentAt: 'now' };
    const inbox = vi.fn(() => [message]);
    const demo = createHarness({ provider: 'demo', demoPhone: { inbox } });
    try {
      demo.roster.rosterSource('demo');
      expect(await demo.okCall('demo.inbox', { afterId: 2 })).toEqual([message]);
      expect(inbox).toHaveBeenCalledWith(2);
      expect(await demo.okCall('kiosk.status', {})).toMatchObject({ demoMode: true });
    } finally {
      demo.close();
    }
  });

  it('a double tap on "Valider" sends one SMS', async () => {
    const start = await h.okCall('activation.start', {});
    await h.okCall('activation.submitIdentity', { flowId: start.flowId, ...PATRICK_IDENTITY });
    const [first, second] = await Promise.all([
      h.call('activation.confirmSend', { flowId: start.flowId }),
      h.call('activation.confirmSend', { flowId: start.flowId }),
    ]);
    expect(first).toMatchObject({ ok: true, value: { step: 'code' } });
    expect(second).toMatchObject({ error: { code: 'FLOW_WRONG_STEP' } });
    expect(h.sms.sent).toHaveLength(1);
  });
});

describe('S-DATA-2 accounts of guardians gone from the roster', () => {
  it('a disabled account is told to see the secretariat only after the right password, and logs in again once enabled', async () => {
    const h = createHarness();
    try {
      seedDupontFamily(h);
      await activateFully(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, PASSWORD, 'activation-session');
      h.db.prepare("UPDATE accounts SET disabled_at = '2025-10-06T08:00:00.000Z'").run();
      const refused = await h.call('login.submit', {
        identifier: 'patrick.dupont1',
        password: PASSWORD,
      });
      const wrong = await h.call('login.submit', {
        identifier: 'patrick.dupont1',
        password: 'pas le bon mot de passe',
      });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED' } });
      expect(refused).toMatchObject({ ok: false, error: { code: 'ACCOUNT_DISABLED' } });
      h.db.prepare('UPDATE accounts SET disabled_at = NULL').run();
      expect(
        await h.call('login.submit', { identifier: 'patrick.dupont1', password: PASSWORD }),
      ).toMatchObject({ ok: true });
    } finally {
      h.close();
    }
  });

  it('the core sweep purges a guardian gone longer than the grace period, with the fake clock', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const h = createHarness({ settings: { rosterPurgeGraceDays: 30 } });
    try {
      const family = seedDupontFamily(h);
      const goneAt = new Date(h.clock.now().getTime() - 30 * 24 * 3600 * 1000 + 60_000);
      h.db
        .prepare('UPDATE guardians SET gone_at = ? WHERE id = ?')
        .run(goneAt.toISOString(), family.patrick);
      vi.advanceTimersByTime(60_000);
      expect(h.db.prepare('SELECT COUNT(*) AS n FROM guardians').get()).toEqual({ n: 1 });
      h.clock.advanceSeconds(61);
      vi.advanceTimersByTime(60_000);
      expect(h.db.prepare('SELECT COUNT(*) AS n FROM guardians').get()).toEqual({ n: 0 });
    } finally {
      h.close();
      vi.useRealTimers();
    }
  });
});
