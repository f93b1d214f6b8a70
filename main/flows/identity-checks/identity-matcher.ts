import type { KioskDatabase } from '../../database/open-database';
import { compactName, firstNameForms } from '../../../shared/fold-name';

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

/**
 * What the roster says of a typed identity: the guardian rows of one person (one per school),
 * nobody, or two different people of one school whom the typed names cannot tell apart.
 */
export type IdentityMatch =
  { kind: 'matched'; guardians: MatchedGuardian[] } | { kind: 'none' } | { kind: 'ambiguous' };

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
 * The identity check's query (hot: every "Recevoir mon code SMS"): guardians whose number is
 * @phone — the export's (guardians_by_mobile) unless the desk recorded another, or the desk's
 * (the partial index of active corrections).
 */
export const IDENTITY_BY_MOBILE_SQL = `
     SELECT g.id, g.school_uai, g.source_id, g.first_name, g.family_name, g.usage_name,
            g.family_name_key, g.usage_name_key, g.first_name_key, g.account_id, g.locked_at
       FROM guardians g
       LEFT JOIN guardian_mobile_corrections c ON c.guardian_id = g.id AND c.status = 'active'
      WHERE g.id IN (SELECT id FROM guardians WHERE mobile_e164 = @phone
                     UNION
                     SELECT guardian_id FROM guardian_mobile_corrections
                      WHERE mobile_e164 = @phone AND status = 'active')
        AND COALESCE(c.mobile_e164, g.mobile_e164) = @phone
        AND g.gone_at IS NULL
        AND EXISTS (SELECT 1 FROM guardian_students gs JOIN students s ON s.id = gs.student_id
                     WHERE gs.guardian_id = g.id AND gs.legal_level = 1 AND s.enrolled = 1
                       AND s.gone_at IS NULL)
      ORDER BY g.id`;

/**
 * S-ENUM-2: the roster guardians (one per school the person is known in) whose mobile is the
 * typed number (looked up through its index), still in the roster (not gone), whose family or usage name and first name (or a
 * leading run of its words: "Jean-Pierre" for "Jean-Pierre Marie") fold to what was typed once
 * every separator is removed, and who are legal guardian (level 1) of an enrolled student.
 * Tolerant of case, accents, spaces, hyphens and apostrophes, even missing ones ("DARC" for
 * "D'Arc", "LEGALL" for "Le Gall"); never of a different number. A mobile the secretariat
 * recorded at the desk (an active guardian_mobile_corrections row) stands in for the export's
 * number: the parent activates with it, and the export's old number no longer matches.
 *
 * Rows of different schools are the same person known in each. Two rows of one school are two
 * people sharing a family phone ("Jean" and "Jean-Pierre Martin"): the one whose whole first
 * name was typed is meant; when the typed names still fit both, nobody is bound, for binding
 * both would show one parent the other's children and give them one account.
 */
export function createIdentityMatcher(db: KioskDatabase) {
  const byMobile = db.prepare(IDENTITY_BY_MOBILE_SQL);

  return (typed: TypedIdentity): IdentityMatch => {
    const lastKey = compactName(typed.lastName);
    const firstKey = compactName(typed.firstName);
    if (lastKey === '' || firstKey === '') return { kind: 'none' };
    const candidates = (byMobile.all({ phone: typed.phoneE164 }) as GuardianCandidate[]).filter(
      (g) =>
        (compactName(g.family_name_key) === lastKey ||
          (g.usage_name_key !== null && compactName(g.usage_name_key) === lastKey)) &&
        firstNameForms(g.first_name_key).includes(firstKey),
    );
    if (candidates.length === 0) return { kind: 'none' };
    const bySchool = new Map<string, GuardianCandidate[]>();
    for (const g of candidates)
      bySchool.set(g.school_uai, [...(bySchool.get(g.school_uai) ?? []), g]);
    const chosen: GuardianCandidate[] = [];
    for (const rows of bySchool.values()) {
      const meant =
        rows.length === 1 ? rows : rows.filter((g) => compactName(g.first_name_key) === firstKey);
      if (meant.length !== 1) return { kind: 'ambiguous' };
      chosen.push(...meant);
    }
    return {
      kind: 'matched',
      guardians: chosen
        .sort((a, b) => a.id - b.id)
        .map((g) => ({
          id: g.id,
          schoolUai: g.school_uai,
          sourceId: g.source_id,
          firstName: g.first_name,
          familyName: g.family_name,
          usageName: g.usage_name,
          accountId: g.account_id,
          lockedAt: g.locked_at,
        })),
    };
  };
}

export type IdentityMatcher = ReturnType<typeof createIdentityMatcher>;
