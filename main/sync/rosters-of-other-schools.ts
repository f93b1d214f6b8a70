// The rosters this kiosk holds of another school than the one it is enrolled in: typically the
// demo roster of a kiosk tried out, then enrolled in a real school. The sync never sends their
// changes (a kiosk writes only its own school's data, S-SYNC-2), so an activation there stays on
// this kiosk; whoever enrols such a kiosk is told, instead of seeing a sync that "works" and
// shares nothing.
import type { KioskDatabase } from '../database/open-database';

export interface OtherSchoolRoster {
  readonly uai: string;
  readonly name: string | null;
  readonly demo: boolean;
}

export function rostersOfOtherSchools(
  db: KioskDatabase,
  enrolledSchoolUai: string,
): OtherSchoolRoster[] {
  const rows = db
    .prepare('SELECT uai, name, source FROM schools WHERE uai <> ? ORDER BY uai')
    .all(enrolledSchoolUai) as { uai: string; name: string | null; source: string }[];
  return rows.map((row) => ({ uai: row.uai, name: row.name, demo: row.source === 'demo' }));
}
