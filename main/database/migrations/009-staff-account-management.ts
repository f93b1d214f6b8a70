// Schema version 9. Never edit a released migration: add the next numbered file instead.
import type { Migration } from '../migration';

/**
 * Managing the secretariat's accounts after the first one (S-SEC-1):
 * - `pepper` records which pepper hashed the password (S-PWD-3): 'demo' (the published demo
 *   pepper, a kiosk without keychain in demo mode) or 'school' (the school's own). Rows made
 *   before this version stay NULL: nothing in the database tells which pepper hashed them, so
 *   their next login tries both (main/staff/staff-password-hashing.ts) and records the answer.
 * - `must_change_password`: the account was given a temporary password (made by another staff
 *   member, or reset by one) and must choose its own at its next login.
 * - `disabled_by`: the staff id that disabled it (disabled_at already exists since version 7).
 */
export const migration009StaffAccountManagement: Migration = {
  version: 9,
  name: 'staff account management and the pepper of each staff password',
  sql: `
    ALTER TABLE staff_accounts ADD COLUMN pepper TEXT CHECK (pepper IN ('demo', 'school'));
    ALTER TABLE staff_accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
      CHECK (must_change_password IN (0, 1));
    ALTER TABLE staff_accounts ADD COLUMN disabled_by TEXT;
  `,
};
