// Schema version 14. Never edit a released migration: add the next numbered file instead.
import type { Migration } from '../migration';

/**
 * What a kiosk keeps of the hub's decisions (docs/developers/sync.md):
 * - identifier_reservations: the identifier the hub reserved for a legal guardian of a synced
 *   roster; activation gives it. UNIQUE on the identifier so the allocator reads the reserved
 *   ones by range, and two guardians can never hold the same one.
 * - sync_conflicts: what the hub decided when two kiosks disagreed, for the secretariat to read
 *   and acknowledge (the audit log keeps it too).
 * - accounts.retired_at / retired_for_identifier: an account that lost to another one for the
 *   same guardian. It stays (its identifier is never given again), but logging in with it is
 *   refused with the identifier to use instead.
 * No trigger: nothing here changes what the existing flows do.
 */
export const migration014SyncApply: Migration = {
  version: 14,
  name: 'identifiers reserved by the hub, sync conflicts, retired accounts',
  sql: `
    CREATE TABLE identifier_reservations (
      school_uai          TEXT NOT NULL,
      guardian_source_id  TEXT NOT NULL,
      identifier          TEXT NOT NULL UNIQUE,
      reserved_at         TEXT NOT NULL,
      PRIMARY KEY (school_uai, guardian_source_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE sync_conflicts (
      id                   TEXT PRIMARY KEY,   -- UUID given by the hub
      kind                 TEXT NOT NULL CHECK (kind IN
        ('same-guardian-activated-twice', 'concurrent-mobile', 'concurrent-password')),
      guardian_school_uai  TEXT,
      guardian_source_id   TEXT,
      detail               TEXT NOT NULL,      -- JSON facts, never a secret
      recorded_at          TEXT NOT NULL,
      acknowledged_at      TEXT,
      acknowledged_by      TEXT                -- 'staff:<id>'
    ) STRICT;
    CREATE INDEX sync_conflicts_open ON sync_conflicts (recorded_at) WHERE acknowledged_at IS NULL;

    ALTER TABLE accounts ADD COLUMN retired_at TEXT;
    ALTER TABLE accounts ADD COLUMN retired_for_identifier TEXT;
  `,
};
