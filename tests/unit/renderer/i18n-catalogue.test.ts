import { describe, expect, it, vi } from 'vitest';
import { ERROR_CODES, PASSWORD_BLOCKLIST_REASONS } from '../../../shared/error-codes';
import type { ActivationEndReason } from '../../../shared/activation-view';
import { fr } from '../../../renderer/src/i18n/fr';
import { createKioskI18n, frenchPlural } from '../../../renderer/src/i18n';
import { errorMessage } from '../../../renderer/src/format/error-message';

// Every reason of the ActivationEndReason union; the Record type makes a missing one a type error.
const END_REASONS: Record<ActivationEndReason, true> = {
  expired: true,
  'too-many-codes': true,
  'too-many-birthdates': true,
  'all-children-rejected': true,
  'guardian-locked': true,
  abandoned: true,
};

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${prefix}.${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      leaves(item, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [];
}

describe('French catalogue', () => {
  it('has a non-empty message for every ErrorCode', () => {
    for (const code of ERROR_CODES) {
      expect(fr.errors[code], code).toBeTypeOf('string');
      expect(fr.errors[code].trim().length, code).toBeGreaterThan(10);
    }
    expect(Object.keys(fr.errors).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('explains every ActivationEndReason and every password blocklist reason', () => {
    for (const reason of Object.keys(END_REASONS) as ActivationEndReason[]) {
      expect(fr.ended.reasons[reason].title.length, reason).toBeGreaterThan(5);
      expect(fr.ended.reasons[reason].text.length, reason).toBeGreaterThan(20);
    }
    for (const reason of PASSWORD_BLOCKLIST_REASONS) {
      expect(fr.passwordStep.blocklist[reason].length, reason).toBeGreaterThan(10);
    }
  });

  it('keeps the seed wording where the walkthrough fixes it', () => {
    expect(fr.errors.IDENTITY_MISMATCH).toBe(
      "Si les informations saisies ne permettent pas de poursuivre l'auto-inscription par SMS, veuillez vérifier les données saisies ou contactez le secrétariat du collège.",
    );
    expect(fr.errors.LOGIN_FAILED).toBe('Identifiant ou mot de passe incorrect.');
    expect(fr.ended.reasons.expired.text).toContain(
      'Passé ce délai, il vous faudra recommencer la procédure de saisie de numéro de téléphone afin de recevoir un nouveau code.',
    );
  });

  it('compiles every message without eval and without warnings', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
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
        });
        expect(out, key).not.toBe(key);
        expect(out, key).not.toMatch(/[{}]/);
        if (!source.includes('{') && !source.includes('|')) expect(out, key).toBe(source);
      }
      expect(warn).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });

  it('tells the code validity the kiosk really uses, not always 30 min', () => {
    const { global } = createKioskI18n();
    const t = global.t as unknown as (key: string, ...args: unknown[]) => string;
    const expired = { code: 'CODE_EXPIRED' as const, message: '' };
    expect(errorMessage(t, expired, { codeValidityMinutes: 10 })).toContain(
      'Ce code est valable pendant une durée de 10 min.',
    );
    expect(errorMessage(t, expired)).toContain('durée de 30 min.');
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
    ).toContain('Patientez 30 secondes');
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

  it('uses the French plural (0 and 1 singular)', () => {
    expect(frenchPlural(0, 2)).toBe(0);
    expect(frenchPlural(1, 2)).toBe(0);
    expect(frenchPlural(2, 2)).toBe(1);
  });
});
