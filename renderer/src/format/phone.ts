// The mobile field accepts what people type: digits, spaces, dots, a leading "+" (the main
// process normalises "06 12…", "+33 6…", "0033…").
import { PHONE_MAX_LENGTH } from '../../../shared/limits';

export function sanitizePhoneTyping(raw: string): string {
  let out = '';
  for (const char of raw) {
    if (char >= '0' && char <= '9') out += char;
    else if (char === ' ' || char === '.' || char === '-') out += char === ' ' ? ' ' : char;
    else if (char === '+' && out.trim() === '') out += char;
  }
  return out.replace(/\s{2,}/g, ' ').slice(0, PHONE_MAX_LENGTH);
}

/** Digits only, at most `length` (the SMS code field). */
export function digitsOnly(raw: string, length: number): string {
  return raw.replace(/\D+/g, '').slice(0, length);
}
