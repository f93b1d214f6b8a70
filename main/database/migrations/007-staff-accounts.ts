// Schema version 7. Never edit a released migration: add the next numbered file instead.
import type { Migration } from '../migration';

/**
 * S-SEC-1: the secretariat's own accounts, separate from parents' accounts (hashed like
 * S-PWD-3, with the same pepper). The audit log names them as actor 'staff:<id>'; the indexes
 * serve the console's audit filters.
 */
export const migration007StaffAccounts: Migration = {
  version: 7,
  name: 'staff accounts of the secretariat console',
  sql: `
    CREATE TABLE staff_accounts (
      id                 TEXT PRIMARY KEY,    -- UUID
      username           TEXT NOT NULL UNIQUE,
      display_name       TEXT NOT NULL,
      password_hash      TEXT NOT NULL,       -- self-describing: algorithm and parameters
      created_at         TEXT NOT NULL,
      created_by         TEXT,                -- staff id, NULL for the first account
      last_login_at      TEXT,
      disabled_at        TEXT
    ) STRICT;
    CREATE INDEX audit_log_by_actor ON audit_log (actor, at);
    CREATE INDEX audit_log_by_guardian ON audit_log (guardian_id, at);
    CREATE INDEX wrong_link_reports_by_time ON wrong_link_reports (handled_at, created_at);
  `,
};
