import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * "+33 6 •• •• •• 78": what a conflict shows of a mobile. The hub serves kiosks of several
 * countries' numbers, so it keeps the international form (the kiosk's own mask is national,
 * main/matching/normalise-phone.ts): the country code, the first digit (mobile or not) and the
 * last pair, like the kiosk, and never more — the console and the audit log must not hold a full
 * number (S-KIOSK-3).
 */
export function maskMobile(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  const international = parsed?.formatInternational() ?? e164;
  const [countryCode, ...national] = international.split(' ');
  const nationalText = national.length > 0 ? national.join(' ') : international.slice(1);
  const digitCount = nationalText.replace(/\D/gu, '').length;
  let digitIndex = 0;
  const masked = nationalText.replace(/\d/gu, (digit) => {
    digitIndex += 1;
    return digitIndex === 1 || digitIndex > digitCount - 2 ? digit : '•';
  });
  return national.length > 0 ? `${countryCode} ${masked}` : `+${masked}`;
}
