// The schools a hub serves, by UAI. A school exists before any of its kiosks can enrol.
import type { Pool } from 'pg';
import { hubFail, hubOk, type HubResult } from '../errors/hub-result';

const UAI = /^[0-9]{7}[A-Z]$/u;

export interface SchoolRow {
  readonly uai: string;
  readonly name: string | null;
  readonly createdAt: Date;
  /** Kiosks enrolled and not revoked. */
  readonly kiosks: number;
}

export async function addSchool(
  pool: Pool,
  uai: string,
  name: string | null,
): Promise<HubResult<{ uai: string; name: string | null }>> {
  if (!UAI.test(uai))
    return hubFail('bad-request', `not a UAI (7 digits and a capital letter): ${uai}`);
  if (name !== null && name.length > 200)
    return hubFail('bad-request', 'a school name has at most 200 characters');
  const inserted = await pool.query(
    'INSERT INTO schools (uai, name) VALUES ($1, $2) ON CONFLICT (uai) DO NOTHING',
    [uai, name],
  );
  if (inserted.rowCount === 0) return hubFail('bad-request', `school ${uai} already exists`);
  return hubOk({ uai, name });
}

export async function listSchools(pool: Pool): Promise<SchoolRow[]> {
  const { rows } = await pool.query<{
    uai: string;
    name: string | null;
    created_at: Date;
    kiosks: number;
  }>(
    `SELECT s.uai, s.name, s.created_at,
            (SELECT count(*)::int FROM kiosks k WHERE k.school_uai = s.uai AND k.revoked_at IS NULL) AS kiosks
       FROM schools s ORDER BY s.uai`,
  );
  return rows.map((r) => ({ uai: r.uai, name: r.name, createdAt: r.created_at, kiosks: r.kiosks }));
}

export async function schoolExists(pool: Pool, uai: string): Promise<boolean> {
  const { rowCount } = await pool.query('SELECT 1 FROM schools WHERE uai = $1', [uai]);
  return rowCount !== 0;
}
