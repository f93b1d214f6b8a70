// A kiosk exchanges a one-time code for its identity (docs/developers/sync.md, "Secrets and
// transport"): an id, a number unique in the group, and a credential `<kioskId>.<secret>` of
// which the hub keeps only the secret's SHA-256. Identifiers the kiosk gave before joining are
// claimed for its school in the same transaction (another school's are recorded as clashes).
import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { EnrolRequest, EnrolResponse } from '../../shared/sync/sync-protocol';
import { inHubTransaction } from '../database/in-hub-transaction';
import { hubFail, hubOk, type HubResult } from '../errors/hub-result';
import { lockSchool } from '../sync/school-lock';
import { enrolmentCodeHash } from './enrolment-codes';
import { sha256Hex } from './secret-hash';

/** Unknown, used or expired: one answer, so a guesser learns nothing. */
const CODE_INVALID = 'this enrolment code is unknown, already used or expired';

class EnrolmentRefused extends Error {
  constructor(readonly failure: ReturnType<typeof hubFail>) {
    super(failure.error.message);
  }
}

export async function enrolKiosk(
  pool: Pool,
  request: EnrolRequest,
): Promise<HubResult<EnrolResponse>> {
  try {
    return hubOk(
      await inHubTransaction(pool, async (db) => {
        const used = await db.query<{ school_uai: string }>(
          `UPDATE enrolment_codes SET used_at = now()
            WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now()
            RETURNING school_uai`,
          [enrolmentCodeHash(request.code)],
        );
        const schoolUai = used.rows[0]?.school_uai;
        if (schoolUai === undefined) {
          throw new EnrolmentRefused(hubFail('enrolment-code-invalid', CODE_INVALID));
        }
        // Two kiosks of one school enrolling at once must see each other.
        await lockSchool(db, schoolUai);
        if (request.existingIdentifiers.length > 0) {
          const others = await db.query(
            'SELECT 1 FROM kiosks WHERE school_uai = $1 AND revoked_at IS NULL LIMIT 1',
            [schoolUai],
          );
          if (others.rowCount !== 0) {
            // Rolled back: the code stays usable for the same kiosk started empty.
            throw new EnrolmentRefused(
              hubFail(
                'school-already-has-kiosks-with-accounts',
                `school ${schoolUai} already has kiosks: enrol this one empty and let it bootstrap`,
              ),
            );
          }
        }
        const kioskId = randomUUID();
        const secret = randomBytes(32).toString('base64url');
        const kiosk = await db.query<{ number: number }>(
          `INSERT INTO kiosks (id, school_uai, label, credential_hash) VALUES ($1, $2, $3, $4)
           RETURNING number`,
          [kioskId, schoolUai, request.kioskLabel, sha256Hex(secret)],
        );
        if (request.existingIdentifiers.length > 0) {
          await db.query(
            `INSERT INTO identifier_clashes (identifier, school_uai, other_school_uai)
             SELECT i.identifier, $2, i.school_uai FROM identifiers i
              WHERE i.identifier = ANY($1::text[]) AND i.school_uai <> $2
             ON CONFLICT DO NOTHING`,
            [request.existingIdentifiers, schoolUai],
          );
          await db.query(
            `INSERT INTO identifiers (identifier, school_uai, origin)
             SELECT DISTINCT unnest($1::text[]), $2, 'pre-enrolment'
             ON CONFLICT (identifier) DO NOTHING`,
            [request.existingIdentifiers, schoolUai],
          );
        }
        const school = await db.query<{ name: string | null }>(
          'SELECT name FROM schools WHERE uai = $1',
          [schoolUai],
        );
        return {
          kioskId,
          credential: `${kioskId}.${secret}`,
          schoolUai,
          schoolName: school.rows[0]?.name ?? null,
          kioskNumber: kiosk.rows[0]?.number ?? 0,
        };
      }),
    );
  } catch (error) {
    if (error instanceof EnrolmentRefused) return error.failure;
    throw error;
  }
}
