import { isMobileCapable, normalisePhone } from '../../matching/normalise-phone';

export interface ChosenMobile {
  mobileE164: string | null;
  /** Why neither number can receive an SMS, or null when one can. */
  problem: string | null;
}

/**
 * The number an activation SMS goes to: TEL_PORTABLE, else TEL_PERSONNEL when that one is a
 * mobile (parents often put their mobile in the "personal" field). A landline is never chosen.
 */
export function chooseGuardianMobile(portable: string, personnel: string): ChosenMobile {
  const fromPortable = normalisePhone(portable);
  if (fromPortable !== null && isMobileCapable(fromPortable)) {
    return { mobileE164: fromPortable, problem: null };
  }
  const fromPersonnel = normalisePhone(personnel);
  if (fromPersonnel !== null && isMobileCapable(fromPersonnel)) {
    return { mobileE164: fromPersonnel, problem: null };
  }
  const problem =
    portable.trim() === ''
      ? 'no mobile number (TEL_PORTABLE empty, TEL_PERSONNEL not a mobile)'
      : fromPortable === null
        ? 'TEL_PORTABLE is not a valid phone number'
        : 'TEL_PORTABLE is not a mobile number';
  return { mobileE164: null, problem };
}
