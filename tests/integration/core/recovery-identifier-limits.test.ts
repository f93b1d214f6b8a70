// S-RATE-2 on "Mot de passe perdu" by identifier (issue 11, item 4): the screen says the limit
// and when to try again instead of "code sent" with nothing sent, and (S-ENUM-4) known and
// unknown identifiers answer alike under repetition.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import {
  activateFully,
  createHarness,
  DUPONT_BIRTH_DATES,
  PATRICK_IDENTITY,
  PATRICK_MOBILE,
  seedDupontFamily,
  type Harness,
} from './core-harness';
import { expectRecoveryStep, lastRecoveryCode, requestRecoveryCode } from './recovery-harness';

const PASSWORD = 'cheval pomme verte';
const UNKNOWN_IDENTIFIER = 'nobody.here1';

/** Start → identifier → "Valider", returning the answer of "Valider" as the screen gets it. */
async function askCodeByIdentifier(h: Harness, identifier: string, sessionId: string) {
  const start = await h.okCall('recovery.start', { kind: 'password' }, sessionId);
  await h.okCall('recovery.submitIdentity', { flowId: start.flowId, identifier }, sessionId);
  return h.call('recovery.confirmSend', { flowId: start.flowId }, sessionId);
}

/** What a person sees of an answer: the step, or the error and its retry time. */
function seen(answer: Result<unknown>) {
  if (answer.ok) return { step: (answer.value as { step: string }).step };
  return { code: answer.error.code, details: answer.error.details };
}

describe('SMS limits of "Mot de passe perdu" by identifier (S-RATE-2, S-ENUM-4)', () => {
  let h: Harness;
  let identifier: string;
  beforeEach(async () => {
    h = createHarness();
    seedDupontFamily(h);
    identifier = await activateFully(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, PASSWORD, 'act');
  });
  afterEach(() => h.close());

  it("the README's demo order: the third screen says the limit and when, and sends nothing", async () => {
    // Activation sent 1 SMS; "Identifiant perdu" sends the code and the identifier: 3 this hour.
    h.clock.advanceSeconds(61);
    const { flowId } = await requestRecoveryCode(h, 'identifier', PATRICK_IDENTITY, 'lost-id');
    await h.okCall(
      'recovery.submitCode',
      { flowId, code: lastRecoveryCode(h, PATRICK_MOBILE) },
      'lost-id',
    );
    expect(h.sms.sent.filter((m) => m.to === PATRICK_MOBILE)).toHaveLength(3);

    h.clock.advanceSeconds(61);
    const sentBefore = h.sms.sent.length;
    const answer = await askCodeByIdentifier(h, identifier, 'lost-password');
    expect(answer).toMatchObject({ ok: false, error: { code: 'SMS_RATE_LIMITED' } });
    const retry = answer.ok ? 0 : Number(answer.error.details?.retryAfterSeconds);
    // The activation's SMS leaves the hourly window first: a little under an hour.
    expect(retry).toBeGreaterThan(3000);
    expect(retry).toBeLessThanOrEqual(3600);
    expect(h.sms.sent.length).toBe(sentBefore);
  });

  it('known and unknown identifiers answer alike when an attacker repeats them', async () => {
    h.clock.advanceSeconds(3600); // the activation's SMS is out of the hourly window
    const known: ReturnType<typeof seen>[] = [];
    const unknown: ReturnType<typeof seen>[] = [];
    for (let i = 0; i < 5; i += 1) {
      h.clock.advanceSeconds(61);
      // The identifier as the lookup normalises it: case and spaces do not make a new budget.
      const typed = i % 2 === 0 ? identifier : ` ${identifier.toUpperCase()} `;
      known.push(seen(await askCodeByIdentifier(h, typed, `k${i}`)));
      unknown.push(seen(await askCodeByIdentifier(h, UNKNOWN_IDENTIFIER, `u${i}`)));
    }
    expect(known).toEqual(unknown);
    expect(known.slice(0, 3)).toEqual([{ step: 'code' }, { step: 'code' }, { step: 'code' }]);
    expect(known[3]).toMatchObject({ code: 'SMS_RATE_LIMITED' });
    expect(known[4]).toMatchObject({ code: 'SMS_RATE_LIMITED' });
  });

  it('withheld requests for an unknown identifier count like sends, and store no identifier', async () => {
    for (let i = 0; i < 3; i += 1) {
      h.clock.advanceSeconds(61);
      expect(seen(await askCodeByIdentifier(h, UNKNOWN_IDENTIFIER, `u${i}`))).toEqual({
        step: 'code',
      });
    }
    h.clock.advanceSeconds(61);
    expect(await askCodeByIdentifier(h, UNKNOWN_IDENTIFIER, 'u3')).toMatchObject({
      ok: false,
      error: { code: 'SMS_RATE_LIMITED', details: { retryAfterSeconds: 3600 - 3 * 61 } },
    });
    const rows = h.db
      .prepare("SELECT * FROM sms_log WHERE status = 'withheld' ORDER BY created_at")
      .all() as { phone_e164: string; identifier_key: string }[];
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.phone_e164).toBe('');
      expect(row.identifier_key).toMatch(/^[0-9a-f]{64}$/u);
      expect(JSON.stringify(row)).not.toContain(UNKNOWN_IDENTIFIER);
    }
  });

  it("a known identifier whose number is over its limit answers limited with the number's time", async () => {
    h.clock.advanceSeconds(3600);
    // The family's own recoveries by name and mobile: 3 codes to the number this hour.
    for (let i = 0; i < 3; i += 1) {
      h.clock.advanceSeconds(61);
      await requestRecoveryCode(h, 'identifier', PATRICK_IDENTITY, `s${i}`);
    }
    h.clock.advanceSeconds(61);
    const sentBefore = h.sms.sent.length;
    expect(await askCodeByIdentifier(h, identifier, 'known')).toMatchObject({
      ok: false,
      error: { code: 'SMS_RATE_LIMITED', details: { retryAfterSeconds: 3600 - 3 * 61 } },
    });
    expect(h.sms.sent.length).toBe(sentBefore);
  });

  it('"Renvoyer le code" for a known identifier whose number went over its limit says so', async () => {
    h.clock.advanceSeconds(3600);
    const first = await askCodeByIdentifier(h, identifier, 'known');
    const flowId = expectRecoveryStep(first.ok ? first.value : (null as never), 'code').flowId;
    for (let i = 0; i < 2; i += 1) {
      h.clock.advanceSeconds(61);
      await requestRecoveryCode(h, 'identifier', PATRICK_IDENTITY, `s${i}`);
    }
    h.clock.advanceSeconds(h.settings.resendCooldownSeconds);
    const sentBefore = h.sms.sent.length;
    expect(await h.call('recovery.resendCode', { flowId }, 'known')).toMatchObject({
      ok: false,
      error: { code: 'SMS_RATE_LIMITED' },
    });
    expect(h.sms.sent.length).toBe(sentBefore);
  });
});
