// Issue 14: the SMS a parent receives during a visit are in the visit's language (the code, the
// identifier reminder, the "mot de passe changé" notice). The renderer tells the main process
// the language through 'visit.language'; it belongs to that kiosk session only, goes back to
// French when the session is reset, and a value outside the 8 languages is refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  activateFully,
  createHarness,
  DUPONT_BIRTH_DATES,
  PATRICK_IDENTITY,
  PATRICK_MOBILE,
  reachCodeStep,
  seedDupontFamily,
  type Family,
  type Harness,
} from './core-harness';
import { expectRecoveryStep, requestRecoveryCode } from './recovery-harness';

const FRENCH_ACTIVATION_CODE =
  /^EduConnect : votre code d'activation est \d{6}\. Il est valable 30 minutes\. Ne le communiquez à personne\.$/u;

/** The six-digit code in the last SMS, whatever its language. */
function lastSixDigits(h: Harness): string {
  const code = /\b(\d{6})\b/u.exec(h.sms.sent.at(-1)?.text ?? '')?.[1];
  if (!code) throw new Error(`No code in the last SMS: ${h.sms.sent.at(-1)?.text}`);
  return code;
}

describe("the SMS of a visit, in the visit's language", () => {
  let h: Harness;
  let family: Family;
  beforeEach(() => {
    h = createHarness();
    family = seedDupontFamily(h);
  });
  afterEach(() => h.close());

  it("a visit in Portuguese gets the code in Portuguese; another session's visit stays in French", async () => {
    // Another guardian of Léa, at the kiosk in another session (another number, other limits).
    const marie = h.roster.guardian({
      familyName: 'DUPONT',
      firstName: 'Marie',
      mobileE164: '+33612345699',
    });
    h.roster.link(marie, family.lea);

    await h.okCall('visit.language', { language: 'pt' }, 'visit-pt');
    await reachCodeStep(h, PATRICK_IDENTITY, 'visit-pt');
    const code = lastSixDigits(h);
    expect(h.sms.sent.at(-1)).toEqual({
      to: PATRICK_MOBILE,
      text: `EduConnect: o seu código de ativação é ${code}, válido durante 30 minutos. Não o divulgue a ninguém.`,
      clientId: expect.any(String),
    });

    await reachCodeStep(
      h,
      { lastName: 'Dupont', firstName: 'Marie', mobile: '06 12 34 56 99' },
      'visit-fr',
    );
    expect(h.sms.sent.at(-1)?.to).toBe('+33612345699');
    expect(h.sms.sent.at(-1)?.text).toMatch(FRENCH_ACTIVATION_CODE);
  });

  it('after the visit ends (session.reset), the same kiosk session sends in French again', async () => {
    await h.okCall('visit.language', { language: 'es' }, 'session-1');
    await h.okCall('session.reset', {}, 'session-1');
    await reachCodeStep(h, PATRICK_IDENTITY, 'session-1');
    expect(h.sms.sent.at(-1)?.text).toMatch(FRENCH_ACTIVATION_CODE);
  });

  it('a language outside the 8 is refused and changes nothing', async () => {
    await h.okCall('visit.language', { language: 'en' }, 'session-1');
    for (const malformed of [
      { language: 'pt-BR' },
      { language: 'de' },
      { language: '' },
      { language: 42 },
      {},
      { language: 'pt', sessionId: 'other' },
    ]) {
      expect(await h.call('visit.language', malformed as never, 'session-1')).toMatchObject({
        ok: false,
        error: { code: 'INVALID_REQUEST' },
      });
    }
    await reachCodeStep(h, PATRICK_IDENTITY, 'session-1');
    expect(h.sms.sent.at(-1)?.text).toMatch(/^EduConnect: your activation code is \d{6}\./u);
  });

  describe('the recovery SMS', () => {
    let identifier: string;
    beforeEach(async () => {
      identifier = await activateFully(
        h,
        PATRICK_IDENTITY,
        DUPONT_BIRTH_DATES,
        'vieux mot de passe 1',
        'activation-session',
      );
      h.clock.advanceSeconds(3600); // out of every S-RATE-2 window but the day
    });

    it('"Identifiant perdu" in English: the code and the identifier reminder in English', async () => {
      await h.okCall('visit.language', { language: 'en' }, 'visit-en');
      const { flowId } = await requestRecoveryCode(h, 'identifier', PATRICK_IDENTITY, 'visit-en');
      const code = lastSixDigits(h);
      expect(h.sms.sent.at(-1)?.text).toBe(
        `EduConnect: your recovery code is ${code}. It is valid for 30 minutes. Do not share it with anyone.`,
      );
      expectRecoveryStep(
        await h.okCall('recovery.submitCode', { flowId, code }, 'visit-en'),
        'done',
      );
      expect(h.sms.sent.at(-1)).toMatchObject({
        to: PATRICK_MOBILE,
        text: `EduConnect: your identifier is ${identifier}.`,
      });
    });

    it('"Mot de passe perdu" in Portuguese: the "mot de passe changé" notice in Portuguese', async () => {
      await h.okCall('visit.language', { language: 'pt' }, 'visit-pt');
      const { flowId } = await requestRecoveryCode(h, 'password', { identifier }, 'visit-pt');
      const child = expectRecoveryStep(
        await h.okCall('recovery.submitCode', { flowId, code: lastSixDigits(h) }, 'visit-pt'),
        'birth-date',
      );
      const birthDate =
        child.child.firstName === 'Léa' ? DUPONT_BIRTH_DATES.Léa : DUPONT_BIRTH_DATES.Hugo;
      await h.okCall('recovery.submitBirthDate', { flowId, birthDate }, 'visit-pt');
      const password = 'nouveau mot de passe 2';
      expectRecoveryStep(
        await h.okCall(
          'recovery.setPassword',
          { flowId, password, confirmation: password },
          'visit-pt',
        ),
        'done',
      );
      expect(h.sms.sent.at(-1)).toMatchObject({
        to: PATRICK_MOBILE,
        text: 'EduConnect: a palavra-passe da sua conta foi alterada. Se não foi você, contacte a secretaria da escola.',
      });
    });
  });
});
