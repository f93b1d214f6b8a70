import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

// A national number typed at a kiosk in an overseas department ("0692…" in La Réunion) is not a
// valid metropolitan number; these regions share France's 0-prefixed national format.
const FRENCH_REGIONS: CountryCode[] = [
  'FR',
  'RE',
  'GP',
  'MQ',
  'GF',
  'YT',
  'PM',
  'BL',
  'MF',
  'NC',
  'PF',
  'WF',
];

/**
 * Normalises a phone number as typed or exported ("06 12 34 56 78", "+33 6…", "0033…",
 * "06.12…") to E.164, or null when it is not a valid number. French numbers are the default;
 * overseas departments (+262, +590…) are recognised by the library's metadata.
 */
export function normalisePhone(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const cleaned = raw.trim().replace(/^00/, '+');
  if (cleaned === '') return null;
  for (const region of FRENCH_REGIONS) {
    const parsed = parsePhoneNumberFromString(cleaned, region);
    if (parsed?.isValid()) return parsed.number;
    if (cleaned.startsWith('+')) return null; // an international number has one reading only
  }
  return null;
}

/** True for numbers that can receive an SMS (mobile, or a type the metadata cannot tell). */
export function isMobileCapable(e164: string): boolean {
  const parsed = parsePhoneNumberFromString(e164);
  const type = parsed?.getType();
  return type === undefined || type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
}

/** "06 •• •• •• 78" (S-KIOSK-3): national format, all but the first and last pair hidden. */
export function maskPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  const national = (parsed?.formatNational() ?? e164).replace(/\s+/g, ' ');
  const groups = national.split(' ');
  if (groups.length < 3) return national.replace(/\d(?=\d{2})/g, '•');
  return groups
    .map((group, i) => (i === 0 || i === groups.length - 1 ? group : group.replace(/\d/g, '•')))
    .join(' ');
}
