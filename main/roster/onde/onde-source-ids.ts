import { compactName } from '../../../shared/fold-name';

// ONDE exports carry no id for a pupil or a guardian, yet a newer export must update the same
// rows in place (the accounts hang on them). These synthetic ids are built from what stays the
// same from one export to the next. Names are compacted (case, accents, spaces, hyphens and
// apostrophes ignored) so that "LE GALL" re-typed as "Le-Gall" is still the same person.

/** A pupil: family name + first name + birth date, which the school does not change. */
export const ondeStudentSourceId = (familyName: string, firstName: string, birthDate: string) =>
  `onde:${compactName(familyName)}|${compactName(firstName)}|${birthDate}`;

/**
 * A guardian: family name (the birth name, which a marriage or divorce leaves alone, unlike
 * the usage name) + first name. Not the mobile number, which parents change, nor the list of
 * children, which changes every September. Two different guardians of the same names in one
 * school (homonyms) also get the id of one of their own children — the lowest pupil id, a
 * child's names and birth date — to tell them apart (see buildOndeSnapshot).
 */
export const ondeGuardianSourceId = (familyName: string, firstName: string) =>
  `onde:${compactName(familyName)}|${compactName(firstName)}`;

export const ondeHomonymGuardianSourceId = (
  familyName: string,
  firstName: string,
  childSourceId: string,
) => `${ondeGuardianSourceId(familyName, firstName)}|${childSourceId.replace(/^onde:/, '')}`;
