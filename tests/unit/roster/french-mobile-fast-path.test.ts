import { describe, expect, it } from 'vitest';
import { isMobileCapable, normalisePhone } from '../../../main/matching/normalise-phone';
import {
  chooseGuardianMobile,
  frenchMobile,
} from '../../../main/roster/siecle/choose-guardian-mobile';

/** What the import chose before the fast path: libphonenumber alone. */
const slowPath = (raw: string): string | null => {
  const e164 = normalisePhone(raw);
  return e164 !== null && isMobileCapable(e164) ? e164 : null;
};

describe('French mobiles read without libphonenumber', () => {
  it('agrees with libphonenumber on every three-digit prefix of 06 and 07 numbers', () => {
    for (let prefix = 600; prefix < 800; prefix++) {
      for (const rest of ['000000', '123456', '999999']) {
        const national = `0${prefix}${rest}`;
        const fast = frenchMobile(national);
        // Where the fast path answers, it is exactly libphonenumber's answer.
        if (fast !== null) expect(fast).toBe(slowPath(national));
        // And it answers for every number libphonenumber calls a French mobile.
        if (slowPath(national)?.startsWith('+33')) expect(fast).not.toBeNull();
      }
    }
  });

  it('reads the written forms exports hold, and leaves the rest to libphonenumber', () => {
    for (const raw of ['06 12 34 56 78', '06.12.34.56.78', '+33 6 12 34 56 78', '0033612345678']) {
      expect(frenchMobile(raw)).toBe('+33612345678');
      expect(chooseGuardianMobile(raw, '')).toEqual({ mobileE164: '+33612345678', problem: null });
    }
    expect(frenchMobile('02 31 20 44 44')).toBeNull(); // a landline
    expect(frenchMobile('0692 12 34 56')).toBeNull(); // La Réunion: libphonenumber decides
    expect(chooseGuardianMobile('0692 12 34 56', '').mobileE164).toBe('+262692123456');
    expect(chooseGuardianMobile('01 23 45 67 89', '').problem).toBe(
      'TEL_PORTABLE is not a mobile number',
    );
  });
});
