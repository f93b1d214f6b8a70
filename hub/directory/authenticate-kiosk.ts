// Every request but enrolment carries `Authorization: Bearer <kioskId>.<secret>`. The school
// comes from the credential, never from the request (S-SYNC-2); a revoked kiosk is refused at
// its next request (S-SYNC-1).
import type { Pool } from 'pg';
import { hubFail, hubOk, type HubResult } from '../errors/hub-result';
import type { PushingKiosk } from '../sync/push-batch';
import { matchesHash } from './secret-hash';

const CREDENTIAL =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{20,100})$/u;

const REFUSED = 'unknown, malformed or revoked credential';

export async function authenticateKiosk(
  pool: Pool,
  credential: string,
): Promise<HubResult<PushingKiosk>> {
  const parts = CREDENTIAL.exec(credential);
  const kioskId = parts?.[1];
  const secret = parts?.[2];
  if (kioskId === undefined || secret === undefined) return hubFail('unauthorised', REFUSED);
  const { rows } = await pool.query<{
    school_uai: string;
    number: number;
    credential_hash: string;
    revoked: boolean;
  }>(
    `SELECT school_uai, number, credential_hash, revoked_at IS NOT NULL AS revoked
       FROM kiosks WHERE id = $1`,
    [kioskId],
  );
  const kiosk = rows[0];
  if (kiosk === undefined || kiosk.revoked || !matchesHash(secret, kiosk.credential_hash)) {
    return hubFail('unauthorised', REFUSED);
  }
  return hubOk({ id: kioskId, schoolUai: kiosk.school_uai, number: kiosk.number });
}
