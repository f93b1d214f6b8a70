import { describe, expect, it } from 'vitest';
import { expectNoConsoleWarnings, leaves } from './catalogue-walk';
import { PASSWORD_BLOCKLIST_REASONS } from '../../../shared/error-codes';
import { SMS_FAILURE_REASONS } from '../../../shared/sms-failure-reasons';
import { fr } from '../../../renderer/src/i18n/fr';
import { createKioskI18n, frenchPlural } from '../../../renderer/src/i18n';
import { errorMessage, received } from '../../../renderer/src/format/error-message';

describe('French catalogue', () => {
  it('names in French the audit actions a school’s first day writes (import, desk, settings, recovery, staff accounts)', () => {
    const actions = fr.console.actions as Record<string, string>;
    const codes = [
      'roster.imported',
      'console.import-previewed',
      'console.import-cancelled',
      'guardian.mobile-corrected',
      'account.issued-at-desk',
      'account.password-changed',
      'account.password-change-refused',
      'settings.changed',
      'settings.secretSet',
      'settings.testSms',
      'recovery.started',
      'recovery.identifier-shown',
      'recovery.notice-sent',
      'staff.created',
      'staff.disabled',
      'staff.enabled',
      'staff.password-reset',
      'staff.password-changed',
      'staff.password-change-refused',
    ];
    // The same key the audit log section looks up ("staff.login-failed" → staff_login_failed).
    const missing = codes.filter((code) => !actions[code.replace(/[.-]/gu, '_')]);
    expect(missing).toEqual([]);
  });

  it('keeps the seed wording where the walkthrough fixes it', () => {
    expect(fr.errors.IDENTITY_MISMATCH).toBe(
      "Si les informations saisies ne permettent pas de poursuivre l'auto-inscription par SMS, veuillez vérifier les données saisies ou contactez le secrétariat du collège.",
    );
    expect(fr.errors.LOGIN_FAILED).toBe('Identifiant ou mot de passe incorrect.');
    expect(fr.children.question).toBe('Je suis le représentant légal de cet élève');
    expect(fr.identifier.acknowledge).toBe('Je prends note de mon identifiant');
    expect(fr.choice.phoneNotRegisteredText).toBe(
      "Si mon portable n'est pas enregistré, je peux contacter l'établissement d'un de mes enfants pour obtenir mes identifiants.",
    );
    expect(fr.ended.reasons.expired.text).toContain(
      'Passé ce délai, il vous faudra recommencer la procédure de saisie de numéro de téléphone afin de recevoir un nouveau code.',
    );
    // Étape 3, said once on the code screen.
    expect(fr.code.validity).toBe(
      'Ce code est valable pendant une durée de {minutes} min. Passé ce délai, il vous faudra recommencer la procédure de saisie de numéro de téléphone afin de recevoir un nouveau code.',
    );
    // Étape 4.
    expect(fr.children.intro).toBe(
      "La liste de vos enfants s'affiche. Il vous faut maintenant saisir l'ensemble des dates de naissances de vos enfants pour valider leur rattachement.",
    );
    expect(fr.children.reportHint).toBe(
      'Vous pouvez également signaler un rattachement erroné en cliquant sur « non » à la question « Je suis le représentant légal de cet élève ».',
    );
    expect(fr.children.reportTitle).toBe('Signaler un rattachement erroné');
    // The seed's opening rule, on the mobile field.
    expect(fr.identity.mobileHint).toContain(
      "Le numéro de téléphone portable utilisé lors de la procédure d'activation doit être identique à celui fourni à l'établissement.",
    );
    expect(fr.done.nextTimeTitle).toBe('Et à la prochaine connexion ?');
    expect(fr.done.nextTimeText).toBe(
      "Une fois arrivé(e) sur la page d'authentification, il suffira de renseigner l'identifiant et le mot de passe.",
    );
  });

  it('compiles every message without eval and without warnings', async () => {
    await expectNoConsoleWarnings(async () => {
      const { global } = createKioskI18n();
      const t = global.t as unknown as (key: string, ...args: unknown[]) => string;
      for (const [key, source] of leaves(fr)) {
        const out = t(key, {
          n: 2,
          total: 5,
          names: 'X',
          phone: '06',
          minutes: 30,
          time: '10:00',
          name: 'A',
          status: 'B',
          identifier: 'i',
          to: 't',
          duration: '2 minutes',
          first: '1 minute',
          second: '5 secondes',
          date: '12/03',
        });
        expect(out, key).not.toBe(key);
        expect(out, key).not.toMatch(/[{}]/);
        if (!source.includes('{') && !source.includes('|')) expect(out, key).toBe(source);
      }
    });
  });

  it('builds error sentences with their details', () => {
    const { global } = createKioskI18n();
    const t = global.t as unknown as (key: string, ...args: unknown[]) => string;
    expect(
      errorMessage(t, { code: 'CODE_INVALID', message: '', details: { remainingAttempts: 1 } }),
    ).toBe(
      "Ce code n'est pas le bon. Vérifiez le SMS et saisissez le code à nouveau. Il vous reste 1 essai.",
    );
    expect(
      errorMessage(t, { code: 'CODE_INVALID', message: '', details: { remainingAttempts: 3 } }),
    ).toContain('Il vous reste 3 essais.');
    expect(
      errorMessage(t, { code: 'LOGIN_THROTTLED', message: '', details: { retryAfterSeconds: 30 } }),
    ).toContain('Patientez 30 secondes avant de réessayer.');
    expect(
      errorMessage(t, { code: 'IDENTITY_INVALID', message: '', details: { reason: 'mobile' } }),
    ).toBe(fr.identity.invalid.mobile);
    expect(
      errorMessage(t, {
        code: 'PASSWORD_BLOCKLISTED',
        message: '',
        details: { reason: 'service' },
      }),
    ).toBe(fr.passwordStep.blocklist.service);
    expect(errorMessage(t, { code: 'PASSWORD_BLOCKLISTED', message: '' })).toBe(
      fr.errors.PASSWORD_BLOCKLISTED,
    );
  });

  it('says why a password is refused, for every reason the main process gives', () => {
    // The key is built from details.reason at run time: no type checks that each one exists.
    const { global } = createKioskI18n();
    const t = global.t as unknown as (key: string, ...args: unknown[]) => string;
    const said = PASSWORD_BLOCKLIST_REASONS.map((reason) =>
      errorMessage(t, { code: 'PASSWORD_BLOCKLISTED', message: '', details: { reason } }),
    );
    for (const sentence of said) {
      expect(sentence).not.toMatch(/passwordStep|blocklist/);
      expect(sentence).not.toBe(fr.errors.PASSWORD_BLOCKLISTED);
    }
    expect(new Set(said).size).toBe(PASSWORD_BLOCKLIST_REASONS.length);
  });

  it('speaks of the account, not of a parent and their children, on the staff forms', () => {
    const { global } = createKioskI18n();
    const t = global.t as unknown as (key: string, ...args: unknown[]) => string;
    const refused = (reason: string, forStaff: boolean) =>
      errorMessage(
        t,
        { code: 'PASSWORD_BLOCKLISTED', message: '', details: { reason } },
        { forStaff },
      );
    expect(refused('personal', false)).toContain('vos enfants');
    expect(refused('personal', true)).toBe(
      'Le mot de passe ne doit pas contenir le nom de la personne titulaire du compte.',
    );
    expect(refused('identifier', true)).toBe(
      'Le mot de passe ne doit pas contenir l’identifiant de connexion du compte.',
    );
    expect(refused('common', true)).toBe(refused('common', false));
    expect(refused('service', true)).toBe(refused('service', false));
  });

  it('says why an SMS failed, one sentence per reason, never the generic or a key', () => {
    const { global } = createKioskI18n();
    const t = global.t as unknown as (key: string, ...args: unknown[]) => string;
    const said = SMS_FAILURE_REASONS.map((reason) =>
      errorMessage(t, { code: 'SMS_FAILED', message: '', details: { reason } }),
    );
    for (const sentence of said) {
      expect(sentence).not.toMatch(/smsFailure/);
      expect(sentence).not.toBe(fr.errors.SMS_FAILED);
    }
    // Bad credentials and a missing setting are the same thing to a parent: the secretariat.
    expect(new Set(said).size).toBe(SMS_FAILURE_REASONS.length - 1);
    // An unknown reason (an older main process) still gets the general sentence.
    expect(errorMessage(t, { code: 'SMS_FAILED', message: '', details: { reason: 'x' } })).toBe(
      fr.errors.SMS_FAILED,
    );
    // The provider's own Retry-After becomes the usual wait sentence.
    expect(
      errorMessage(t, {
        code: 'SMS_FAILED',
        message: '',
        details: { reason: 'RateLimited', retryAfterSeconds: 30 },
      }),
    ).toBe(`${fr.smsFailure.RateLimited} Patientez 30 secondes avant de réessayer.`);
  });

  it('says a wait in seconds, minutes, or as a time of day when it is long', () => {
    const { global } = createKioskI18n();
    const t = global.t as unknown as (key: string, ...args: unknown[]) => string;
    const at = new Date(2025, 8, 15, 14, 3, 10).getTime();
    const wait = (retryAfterSeconds: number) =>
      errorMessage(t, {
        code: 'SMS_RATE_LIMITED',
        message: '',
        details: { retryAfterSeconds },
        receivedAt: at,
      });
    expect(wait(1)).toContain('Patientez 1 seconde avant de réessayer.');
    expect(wait(45)).toContain('Patientez 45 secondes avant de réessayer.');
    expect(wait(60)).toContain('Patientez 1 minute avant de réessayer.');
    expect(wait(90)).toContain('Patientez 1 minute et 30 secondes avant de réessayer.');
    expect(wait(120)).toContain('Patientez 2 minutes avant de réessayer.');
    // 14:03:10 + 3199 s = 14:56:29, said from the next minute.
    expect(wait(3199)).toContain('Réessayez à partir de 14 h 57.');
    expect(wait(3199)).not.toMatch(/3199|secondes/);
    expect(wait(11 * 3600)).toContain('Réessayez demain à partir de 1 h 04.');
    expect(wait(3 * 86_400)).toContain('Réessayez le 18/09 à partir de 14 h 04.');
  });

  it('keeps the time said when the message is drawn again later', () => {
    const { global } = createKioskI18n();
    const t = global.t as unknown as (key: string, ...args: unknown[]) => string;
    const error = received(
      { code: 'IDENTITY_COOLDOWN', message: '', details: { retryAfterSeconds: 600 } },
      new Date(2025, 8, 15, 9, 0, 0).getTime(),
    );
    expect(errorMessage(t, error)).toContain('Réessayez à partir de 9 h 10.');
  });

  it('speaks to the parent as "vous" on the student and phone information pages', () => {
    for (const page of [fr.info.student, fr.info.phoneNotRegistered]) {
      for (const text of [page.title, ...page.paragraphs])
        expect(text).not.toMatch(/\b(je|mon|mes)\b/i);
    }
  });

  it('uses the French plural (0 and 1 singular)', () => {
    expect(frenchPlural(0, 2)).toBe(0);
    expect(frenchPlural(1, 2)).toBe(0);
    expect(frenchPlural(2, 2)).toBe(1);
  });
});

describe('the import preview’s line on enrolled students', () => {
  const { global } = createKioskI18n();
  const t = global.t as unknown as (key: string, ...args: unknown[]) => string;
  const line = (enrolled: number, left: number) => {
    const students = t('console.import.enrolled', enrolled);
    return left === 0
      ? t('console.import.enrolledAll', { enrolled: students })
      : t('console.import.enrolledSomeLeft', { enrolled: students, n: left }, left);
  };

  it('agrees in number with the students enrolled and those who left', () => {
    expect(line(1, 0)).toBe('Élèves : 1 inscrit, aucun n’a quitté l’établissement.');
    expect(line(0, 2)).toMatch(/^Élèves : 0 inscrit ; 2 ont quitté l’établissement/);
    expect(line(30, 1)).toBe(
      'Élèves : 30 inscrits ; 1 a quitté l’établissement (date de sortie ou radié) : ses responsables ne pourront pas activer de compte pour lui.',
    );
  });
});
