import { isMobileCapable, normalisePhone } from '../../matching/normalise-phone';

/**
 * The number an activation SMS goes to: "Téléphone portable", else "Téléphone domicile" when
 * that one is a mobile (families without a landline often give their mobile there). A
 * landline is never chosen.
 */
export function chooseOndeMobile(
  portable: string,
  domicile: string,
): { mobileE164: string | null; problem: string | null } {
  const fromPortable = normalisePhone(portable);
  if (fromPortable !== null && isMobileCapable(fromPortable)) {
    return { mobileE164: fromPortable, problem: null };
  }
  const fromDomicile = normalisePhone(domicile);
  if (fromDomicile !== null && isMobileCapable(fromDomicile)) {
    return { mobileE164: fromDomicile, problem: null };
  }
  const problem =
    portable.trim() === ''
      ? 'no mobile number ("Téléphone portable" empty, "Téléphone domicile" not a mobile)'
      : fromPortable === null
        ? '"Téléphone portable" is not a valid phone number'
        : '"Téléphone portable" is not a mobile number';
  return { mobileE164: null, problem };
}
