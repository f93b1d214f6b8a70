// Identifiers two schools both gave before joining the hub: each keeps its own (logins are per
// school), the administrator is told.
import type { Pool } from 'pg';

export interface ClashRow {
  readonly identifier: string;
  readonly schoolUai: string;
  readonly otherSchoolUai: string;
  readonly foundAt: Date;
}

export async function listIdentifierClashes(pool: Pool): Promise<ClashRow[]> {
  const { rows } = await pool.query<{
    identifier: string;
    school_uai: string;
    other_school_uai: string;
    found_at: Date;
  }>(
    `SELECT identifier, school_uai, other_school_uai, found_at FROM identifier_clashes
      ORDER BY found_at, identifier`,
  );
  return rows.map((r) => ({
    identifier: r.identifier,
    schoolUai: r.school_uai,
    otherSchoolUai: r.other_school_uai,
    foundAt: r.found_at,
  }));
}
