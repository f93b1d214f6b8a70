// For GET /v1/status: how many schools and active kiosks this hub serves.
import type { Pool } from 'pg';

export async function hubCounts(pool: Pool): Promise<{ schools: number; kiosks: number }> {
  const { rows } = await pool.query<{ schools: number; kiosks: number }>(
    `SELECT (SELECT count(*)::int FROM schools) AS schools,
            (SELECT count(*)::int FROM kiosks WHERE revoked_at IS NULL) AS kiosks`,
  );
  return rows[0] ?? { schools: 0, kiosks: 0 };
}
