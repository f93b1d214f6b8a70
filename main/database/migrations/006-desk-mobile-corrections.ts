// Schema version 6: the desk's (secretariat's) mobile corrections. Never edit a released migration.
import type { Migration } from '../migration';

/**
 * guardian_mobile_corrections: a mobile the secretariat recorded at the desk for a guardian the
 * roster export has no (or a wrong) number for, after checking their identity. Kept apart from
 * guardians.mobile_e164, which stays exactly what the export says, so a re-import neither
 * erases the correction nor counts it as a change. One row per guardian row:
 * - export_mobile_e164: what the export said when the correction was recorded (null: nothing);
 *   the next import compares against it (reconcile-mobile-corrections.ts);
 * - status: 'active' (the identity matcher uses it), 'confirmed' (a later export carries the same
 *   number: nothing left to correct) or 'superseded' (a later export carries another, new
 *   number: the export wins and the secretariat is told).
 */
export const migration006DeskMobileCorrections: Migration = {
  version: 6,
  name: 'mobile numbers recorded at the desk',
  sql: `
    CREATE TABLE guardian_mobile_corrections (
      guardian_id         INTEGER PRIMARY KEY REFERENCES guardians(id) ON DELETE CASCADE,
      mobile_e164         TEXT NOT NULL,
      export_mobile_e164  TEXT,
      recorded_by         TEXT NOT NULL,      -- staff id
      recorded_by_name    TEXT NOT NULL,      -- as shown in the console
      recorded_at         TEXT NOT NULL,
      status              TEXT NOT NULL CHECK (status IN ('active', 'confirmed', 'superseded')),
      reviewed_at         TEXT,               -- when an import confirmed or superseded it
      superseding_mobile_e164 TEXT            -- the export's new number, when superseded
    ) STRICT;
    CREATE INDEX guardian_mobile_corrections_active_by_mobile
      ON guardian_mobile_corrections (mobile_e164) WHERE status = 'active';
  `,
};
