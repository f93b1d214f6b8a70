// Schema version 3. Never edit a released migration: add the next numbered file instead.
import type { Migration } from '../migration';

/**
 * Columns several features share, added once:
 * - accounts.must_change_password: an account the secretariat issued with a temporary password
 *   must choose its own at the next login;
 * - accounts.disabled_at: an account whose guardian left the roster (S-DATA-2) cannot log in;
 * - guardians.gone_at / students.gone_at: absent from the latest import since then; purged after
 *   a grace period (S-DATA-2).
 */
export const migration003AccountAndRosterLifecycle: Migration = {
  version: 3,
  name: 'account password change, disabled accounts, people gone from the roster',
  sql: `
    ALTER TABLE accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
      CHECK (must_change_password IN (0, 1));
    ALTER TABLE accounts ADD COLUMN disabled_at TEXT;
    ALTER TABLE guardians ADD COLUMN gone_at TEXT;
    ALTER TABLE students ADD COLUMN gone_at TEXT;
  `,
};
