import type { KioskDatabase } from '../database/open-database';
import { compactName, firstNameForms } from '../matching/fold-name';

export interface TypedIdentity {
  lastName: string;
  firstName: string;
  /** Already normalised to E.164. */
  phoneE164: string;
}

export interface MatchedGuardian {
  id: number;
  schoolUai: string;
  sourceId: string;
  firstName: string;
  familyName: string;
  usageName: string | null;
  accountId: string | null;
  lockedAt: string | null;
}

interface GuardianCandidate {
  id: number;
  school_uai: string;
  source_id: string;
  first_name: string;
  family_name: string;
  usage_name: string | null;
  family_name_key: string;
  usage_name_key: string | null;
  first_name_key: string;
  account_id: string | null;
  locked_at: string | null;
}

/**
 * S-ENUM-2: the roster guardians (one per school the person is known in) whose mobile is the
 * typed number (looked up through its index), whose family or usage name and first name (or a
 * leading run of its words: "Jean-Pierre" for "Jean-Pierre Marie") fold to what was typed once
 * every separator is removed, and who are legal guardian (level 1) of an enrolled student.
 * Tolerant of case, accents, spaces, hyphens and apostrophes, even missing ones ("DARC" for
 * "D'Arc", "LEGALL" for "Le Gall"); never of a different number.
 */
export function createIdentityMatcher(db: KioskDatabase) {
  const byMobile = db.prepare(
    `SELECT g.id, g.school_uai, g.source_id, g.first_name, g.family_name, g.usage_name,
            g.family_name_key, g.usage_name_key, g.first_name_key, g.account_id, g.locked_at
       FROM guardians g
      WHERE g.mobile_e164 = ?
        AND EXISTS (SELECT 1 FROM guardian_students gs JOIN students s ON s.id = gs.student_id
                     WHERE gs.guardian_id = g.id AND gs.legal_level = 1 AND s.enrolled = 1)
      ORDER BY g.id`,
  );

  return (typed: TypedIdentity): MatchedGuardian[] => {
    const lastKey = compactName(typed.lastName);
    const firstKey = compactName(typed.firstName);
    if (lastKey === '' || firstKey === '') return [];
    return (byMobile.all(typed.phoneE164) as GuardianCandidate[])
      .filter(
        (g) =>
          (compactName(g.family_name_key) === lastKey ||
            (g.usage_name_key !== null && compactName(g.usage_name_key) === lastKey)) &&
          firstNameForms(g.first_name_key).includes(firstKey),
      )
      .map((g) => ({
        id: g.id,
        schoolUai: g.school_uai,
        sourceId: g.source_id,
        firstName: g.first_name,
        familyName: g.family_name,
        usageName: g.usage_name,
        accountId: g.account_id,
        lockedAt: g.locked_at,
      }));
  };
}

export type IdentityMatcher = ReturnType<typeof createIdentityMatcher>;
