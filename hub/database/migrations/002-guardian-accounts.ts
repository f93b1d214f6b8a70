import type { HubMigration } from '../hub-migration';

// Hub schema version 2. Never edit a released migration: add the next numbered file instead.

/**
 * What the hub's rules need beyond the changes and the identifiers (hub/rules/):
 * - `guardian_accounts`: which account the hub kept for each guardian, so that the same guardian
 *   activated at a second offline kiosk is recognised when its account arrives (the first to reach
 *   the hub stays); `version` is the account.created change that won.
 * - a C-collated index on `identifiers`, so "every identifier starting with this base" is one range
 *   scan whatever the database's collation (reservations of a roster, set-based);
 * - an index to find a guardian's existing identifier at a roster import.
 */
export const hubMigration002GuardianAccounts: HubMigration = {
  version: 2,
  name: '002-guardian-accounts',
  sql: `
    CREATE TABLE guardian_accounts (
      school_uai          TEXT NOT NULL REFERENCES schools (uai),
      guardian_source_id  TEXT NOT NULL,
      account_id          UUID NOT NULL,
      identifier          TEXT NOT NULL REFERENCES identifiers (identifier),
      version             BIGINT NOT NULL,
      PRIMARY KEY (school_uai, guardian_source_id)
    );
    CREATE INDEX identifiers_by_prefix ON identifiers (identifier COLLATE "C");
    CREATE INDEX identifiers_by_guardian ON identifiers (school_uai, guardian_source_id)
      WHERE guardian_source_id IS NOT NULL;
  `,
};
