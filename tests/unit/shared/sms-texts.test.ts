// Issue 14: the parent's SMS in the visit's language, within the providers' length limits.
// S-OTP-6: the service named, the validity said, nothing else.
import { describe, expect, it } from 'vitest';
import { PARENT_LANGUAGES } from '../../../shared/parent-languages';
import { SMS_KINDS, smsText, type SmsTextValues } from '../../../shared/sms-texts';
import { countSmsSegments } from '../../../shared/sms-text-segments';

// The longest realistic values: a 40-character service name (the configuration's maximum, here
// in GSM-7 letters), a 6-digit code, a long identifier and a validity of 3 digits.
const SERVICE_40 = 'ENT Collège Jean-Baptiste de La Salle 92';
const LONGEST: SmsTextValues = {
  'activation-code': { serviceName: SERVICE_40, code: '987654', validityMinutes: 120 },
  'recovery-code': { serviceName: SERVICE_40, code: '987654', validityMinutes: 120 },
  identifier: { serviceName: SERVICE_40, identifier: 'marie-christine.de-la-rochefoucauld-12' },
  'password-changed': { serviceName: SERVICE_40 },
};

describe('SMS segment counter', () => {
  it('fits 160 GSM-7 characters in one SMS and counts 153 per part beyond', () => {
    expect(countSmsSegments('a'.repeat(160))).toEqual({
      encoding: 'GSM-7',
      units: 160,
      segments: 1,
    });
    expect(countSmsSegments('a'.repeat(161)).segments).toBe(2);
    expect(countSmsSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSmsSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('counts an extension character (€) as two septets, never split across parts', () => {
    expect(countSmsSegments('€'.repeat(80))).toEqual({
      encoding: 'GSM-7',
      units: 160,
      segments: 1,
    });
    // 152 septets then "€": the pair does not fit in the first part's last septet.
    expect(countSmsSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`).segments).toBe(3);
    expect(countSmsSegments(`${'a'.repeat(151)}€${'a'.repeat(153)}`).segments).toBe(2);
  });

  it('sends in UCS-2 (70, then 67 per part) as soon as one character is outside GSM-7', () => {
    expect(countSmsSegments(`${'a'.repeat(69)}ê`)).toEqual({
      encoding: 'UCS-2',
      units: 70,
      segments: 1,
    });
    expect(countSmsSegments(`${'a'.repeat(70)}ê`).segments).toBe(2);
    expect(countSmsSegments('م'.repeat(134)).segments).toBe(2);
    expect(countSmsSegments('م'.repeat(135)).segments).toBe(3);
    // French letters of GSM-7 keep it 7-bit; the typographic apostrophe does not.
    expect(countSmsSegments("d'activation à é è ù").encoding).toBe('GSM-7');
    expect(countSmsSegments('d’activation').encoding).toBe('UCS-2');
  });
});

describe('SMS texts', () => {
  it('keeps the French texts the flows send; the password notice reworded to fit in GSM-7', () => {
    const values = { serviceName: 'EduConnect', code: '123456', validityMinutes: 30 };
    expect(smsText('activation-code', 'fr', values)).toBe(
      "EduConnect : votre code d'activation est 123456. Il est valable 30 minutes. Ne le communiquez à personne.",
    );
    expect(smsText('recovery-code', 'fr', values)).toBe(
      'EduConnect : votre code de récupération est 123456. Il est valable 30 minutes. Ne le communiquez à personne.',
    );
    expect(
      smsText('identifier', 'fr', { serviceName: 'EduConnect', identifier: 'patrick.dupont1' }),
    ).toBe('EduConnect : votre identifiant est patrick.dupont1.');
    expect(smsText('password-changed', 'fr', { serviceName: 'EduConnect' })).toBe(
      "EduConnect : le mot de passe de votre compte a été changé à l'instant. Si ce n'est pas vous, contactez le secrétariat de l'établissement.",
    );
    // "vient d'être changé" sent it in UCS-2 ("ê" is not in GSM-7): 3 SMS with a long name.
    expect(
      countSmsSegments(smsText('password-changed', 'fr', LONGEST['password-changed'])),
    ).toEqual(expect.objectContaining({ encoding: 'GSM-7', segments: 2 }));
  });

  const cases = PARENT_LANGUAGES.flatMap((language) =>
    SMS_KINDS.map((kind) => [language, kind] as const),
  );
  it.each(cases)('%s %s: needs at most 2 SMS with the longest values', (language, kind) => {
    const text = smsText(kind, language, LONGEST[kind] as never);
    const count = countSmsSegments(text);
    expect(count.segments, `${count.encoding}, ${count.units} units: ${text}`).toBeLessThanOrEqual(
      2,
    );
  });

  it.each(cases)(
    '%s %s: names the service and carries the values in Latin digits',
    (language, kind) => {
      const values = LONGEST[kind];
      const text = smsText(kind, language, values as never);
      expect(text.startsWith(SERVICE_40)).toBe(true);
      if ('code' in values) {
        expect(text).toContain(values.code);
        expect(text).toContain('120');
      }
      if ('identifier' in values) expect(text).toContain(values.identifier);
      expect(text).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/u);
    },
  );

  it('is translated: no language but French sends the French text', () => {
    for (const kind of SMS_KINDS) {
      const french = smsText(kind, 'fr', LONGEST[kind] as never);
      for (const language of PARENT_LANGUAGES.filter((l) => l !== 'fr')) {
        expect(smsText(kind, language, LONGEST[kind] as never), `${language} ${kind}`).not.toBe(
          french,
        );
      }
    }
  });

  it("says the validity with the language's plural", () => {
    const at = (language: 'ro' | 'ar' | 'en', validityMinutes: number) =>
      smsText('activation-code', language, { serviceName: 'E', code: '123456', validityMinutes });
    expect(at('ro', 15)).toContain('15 minute.');
    expect(at('ro', 30)).toContain('30 de minute.');
    expect(at('ar', 5)).toContain('5 دقائق');
    expect(at('ar', 30)).toContain('30 دقيقة');
    expect(at('en', 1)).toContain('1 minute.');
  });
});
