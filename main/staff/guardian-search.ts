import type {
  GuardianDetail,
  GuardianLocalMobile,
  GuardianSummary,
  GuardianChild,
  GuardianFlowSummary,
  GuardianSmsSummary,
} from '../../shared/console-views';
import type { KioskDatabase } from '../database/open-database';
import { compactName, foldName } from '../../shared/fold-name';
import { maskPhone, normalisePhone } from '../matching/normalise-phone';

export const SEARCH_LIMIT = 50;
const RECENT_LIMIT = 10;
/** Fewer digits than this is a name search ("Louis 14"), not a phone number. */
const MIN_PHONE_DIGITS = 6;

interface GuardianRow {
  id: number;
  civility: string | null;
  family_name: string;
  usage_name: string | null;
  first_name: string;
  mobile_e164: string | null;
  desk_mobile_e164: string | null;
  gone_at: string | null;
  locked_at: string | null;
  failed_secret_count: number;
  account_created_at: string | null;
  identifier: string | null;
  disabled_at: string | null;
}

const GUARDIAN_COLUMNS = `
  g.id, g.civility, g.family_name, g.usage_name, g.first_name, g.mobile_e164,
  c.mobile_e164 AS desk_mobile_e164, g.gone_at, g.locked_at, g.failed_secret_count,
  a.created_at AS account_created_at, a.identifier, a.disabled_at`;

/** A guardian with its account and the mobile recorded at the desk that is in use (active). */
const GUARDIAN_TABLES = `
  guardians g
  LEFT JOIN accounts a ON a.id = g.account_id
  LEFT JOIN guardian_mobile_corrections c ON c.guardian_id = g.id AND c.status = 'active'`;

/**
 * 'number': a phone number (e164), the export's id of a person (sourceId, the PERSONNE_ID an
 * import problem names), or both when the digits read as either; at least one is set.
 */
export type SearchQuery =
  | { kind: 'number'; e164: string | null; sourceId: string | null }
  | { kind: 'name'; words: string[] };

/** Digits alone, or as an import problem shows them ("PERSONNE_ID=5200005"). */
const SOURCE_ID = /^\s*(?:PERSONNE_ID\s*=\s*)?(\d+)\s*$/iu;

/**
 * What the secretary typed (S-ENUM-2 tolerance): a phone number in any usual form, the
 * export's PERSONNE_ID, or names in any case, with or without accents, hyphens, apostrophes or
 * spaces. Null when empty.
 */
export function parseSearchQuery(typed: string): SearchQuery | null {
  const digits = typed.replace(/\D/gu, '');
  const e164 =
    digits.length >= MIN_PHONE_DIGITS && !/\p{L}/u.test(typed) ? normalisePhone(typed) : null;
  const sourceId = SOURCE_ID.exec(typed)?.[1] ?? null;
  if (e164 !== null || sourceId !== null) return { kind: 'number', e164, sourceId };
  const words = foldName(typed)
    .split(' ')
    .map(compactName)
    .filter((word) => word !== '');
  return words.length > 0 ? { kind: 'name', words } : null;
}

function summaryOf(row: GuardianRow): GuardianSummary {
  return {
    guardianId: row.id,
    civility: row.civility,
    familyName: row.family_name,
    usageName: row.usage_name,
    firstName: row.first_name,
    maskedMobile: row.mobile_e164 ? maskPhone(row.mobile_e164) : null,
    maskedDeskMobile: row.desk_mobile_e164 ? maskPhone(row.desk_mobile_e164) : null,
    goneAt: row.gone_at,
    status: {
      activatedAt: row.account_created_at,
      identifier: row.identifier,
      lockedAt: row.locked_at,
      failedSecrets: row.failed_secret_count,
      disabledAt: row.disabled_at,
    },
  };
}

/** The console's guardian search and a guardian's page: children, account, flows, SMS. */
export function createGuardianSearch(db: KioskDatabase) {
  // Every word must appear in the guardian's names, compared without separators, so
  // "le gall", "LEGALL" and "Le-Gall" all find "LE GALL".
  const byWords = (count: number) =>
    db.prepare(
      `SELECT ${GUARDIAN_COLUMNS}
         FROM ${GUARDIAN_TABLES}
        WHERE ${Array.from(
          { length: count },
          () =>
            `instr(replace(g.family_name_key || coalesce(g.usage_name_key, '') || g.first_name_key, ' ', ''), ?) > 0`,
        ).join(' AND ')}
        ORDER BY g.family_name_key, g.first_name_key, g.id
        LIMIT ${SEARCH_LIMIT}`,
    );
  // The export's mobile or the one recorded at the desk and in use (the identity matcher's
  // two), or the export's id; each on its index (the school's uai leads the id's).
  const byNumber = db.prepare(
    `SELECT ${GUARDIAN_COLUMNS}
       FROM ${GUARDIAN_TABLES}
      WHERE g.id IN (SELECT id FROM guardians WHERE mobile_e164 = :phone
                     UNION
                     SELECT guardian_id FROM guardian_mobile_corrections
                      WHERE mobile_e164 = :phone AND status = 'active'
                     UNION
                     SELECT id FROM guardians
                      WHERE school_uai IN (SELECT uai FROM schools) AND source_id = :sourceId)
      ORDER BY g.family_name_key, g.first_name_key, g.id
      LIMIT ${SEARCH_LIMIT}`,
  );
  const byId = db.prepare(
    `SELECT ${GUARDIAN_COLUMNS}
       FROM ${GUARDIAN_TABLES}
      WHERE g.id = ?`,
  );
  const children = db.prepare(
    `SELECT s.id AS studentId, coalesce(s.usage_name, s.family_name) AS familyName,
            s.first_name AS firstName, s.class_name AS className, gs.legal_level AS legalLevel,
            s.enrolled AS enrolled,
            EXISTS (SELECT 1 FROM account_students l
                     WHERE l.account_id = g.account_id AND l.student_id = s.id) AS linked
       FROM guardian_students gs
       JOIN students s ON s.id = gs.student_id
       JOIN guardians g ON g.id = gs.guardian_id
      WHERE gs.guardian_id = ? AND s.gone_at IS NULL
      ORDER BY s.first_name, s.id`,
  );
  const flows = db.prepare(
    `SELECT created_at AS startedAt, state, ended_reason AS endedReason
       FROM flows
      WHERE EXISTS (SELECT 1 FROM json_each(flows.guardian_ids) WHERE value = ?)
      ORDER BY created_at DESC
      LIMIT ${RECENT_LIMIT}`,
  );
  const sms = db.prepare(
    `SELECT created_at AS at, purpose, status FROM sms_log
      WHERE phone_e164 IN (?, ?) ORDER BY created_at DESC LIMIT ${RECENT_LIMIT}`,
  );
  const localMobile = db.prepare(
    `SELECT mobile_e164 AS mobile, status, recorded_by_name AS recordedByName,
            recorded_at AS recordedAt
       FROM guardian_mobile_corrections WHERE guardian_id = ?`,
  );

  return {
    search(typed: string): GuardianSummary[] {
      const query = parseSearchQuery(typed);
      if (!query) return [];
      const rows =
        query.kind === 'number'
          ? byNumber.all({ phone: query.e164, sourceId: query.sourceId })
          : byWords(query.words.length).all(...query.words);
      return (rows as GuardianRow[]).map(summaryOf);
    },
    detail(guardianId: number): GuardianDetail | null {
      const row = byId.get(guardianId) as GuardianRow | undefined;
      if (!row) return null;
      const correction = localMobile.get(guardianId) as
        (Omit<GuardianLocalMobile, 'maskedMobile'> & { mobile: string }) | undefined;
      // SMS are logged by number: what reached this guardian's mobile, the export's or the
      // desk's (never a code).
      const numbers = [row.mobile_e164, correction?.mobile].filter((n): n is string => !!n);
      return {
        ...summaryOf(row),
        localMobile: correction
          ? {
              maskedMobile: maskPhone(correction.mobile),
              status: correction.status,
              recordedByName: correction.recordedByName,
              recordedAt: correction.recordedAt,
            }
          : null,
        children: (
          children.all(guardianId) as (Omit<GuardianChild, 'linked' | 'enrolled'> & {
            linked: number;
            enrolled: number;
          })[]
        ).map((child) => ({
          ...child,
          linked: child.linked === 1,
          enrolled: child.enrolled === 1,
        })),
        recentFlows: flows.all(guardianId) as GuardianFlowSummary[],
        recentSms:
          numbers.length > 0
            ? (sms.all(numbers[0], numbers[1] ?? numbers[0]) as GuardianSmsSummary[])
            : [],
      };
    },
  };
}

export type GuardianSearch = ReturnType<typeof createGuardianSearch>;
