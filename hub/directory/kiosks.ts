// The administrator's view of enrolled kiosks: last contact and lag, and revocation.
import type { Pool } from 'pg';
import { hubFail, hubOk, type HubResult } from '../errors/hub-result';

export interface KioskRow {
  readonly id: string;
  readonly schoolUai: string;
  readonly number: number;
  readonly label: string;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
  readonly lastContactAt: Date | null;
  readonly lastAppliedSeq: number;
  /**
   * Changes of its school after its cursor, counted: versions are numbered hub-wide, so the
   * difference of two versions would count every other school's changes in between too.
   */
  readonly lag: number;
}

export async function listKiosks(pool: Pool, schoolUai: string | null): Promise<KioskRow[]> {
  const { rows } = await pool.query<{
    id: string;
    school_uai: string;
    number: number;
    label: string;
    created_at: Date;
    revoked_at: Date | null;
    last_contact_at: Date | null;
    last_applied_seq: string;
    lag: string;
  }>(
    `SELECT k.id, k.school_uai, k.number, k.label, k.created_at, k.revoked_at, k.last_contact_at,
            k.last_applied_seq,
            (SELECT count(*) FROM changes c
              WHERE c.school_uai = k.school_uai AND c.version > k.pulled_through_version) AS lag
       FROM kiosks k
      WHERE $1::text IS NULL OR k.school_uai = $1
      ORDER BY k.school_uai, k.number`,
    [schoolUai],
  );
  return rows.map((r) => ({
    id: r.id,
    schoolUai: r.school_uai,
    number: r.number,
    label: r.label,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    lastContactAt: r.last_contact_at,
    lastAppliedSeq: Number(r.last_applied_seq),
    lag: Number(r.lag),
  }));
}

/** From now on every request with this kiosk's credential is refused. */
export async function revokeKiosk(pool: Pool, kioskId: string): Promise<HubResult<void>> {
  if (!/^[0-9a-f-]{36}$/u.test(kioskId))
    return hubFail('bad-request', `not a kiosk id: ${kioskId}`);
  const { rowCount } = await pool.query(
    'UPDATE kiosks SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1',
    [kioskId],
  );
  return rowCount === 0 ? hubFail('not-found', `no kiosk ${kioskId}`) : hubOk(undefined);
}
