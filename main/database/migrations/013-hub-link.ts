// Schema version 13. Never edit a released migration: add the next numbered file instead.
import type { Migration } from '../migration';

/**
 * The kiosk's link to a hub (docs/developers/sync.md): one row once enrolled, none before. The
 * credential is not here (OS keychain, S-SYNC-1). `pushed_through_seq` moves only from the hub's
 * answer; `pull_cursor` moves in the transaction that applies the pulled page. Times are the
 * kiosk's clock, for people only.
 */
export const migration013HubLink: Migration = {
  version: 13,
  name: 'the link to a hub: where, who this kiosk is, how far push and pull have gone',
  sql: `
    CREATE TABLE hub_link (
      id                  INTEGER PRIMARY KEY CHECK (id = 1),
      hub_url             TEXT NOT NULL,
      kiosk_id            TEXT NOT NULL,       -- UUID given by the hub
      kiosk_number        INTEGER NOT NULL,    -- unique in the group: offline identifier block
      kiosk_label         TEXT NOT NULL,
      school_uai          TEXT NOT NULL,
      school_name         TEXT,
      enrolled_at         TEXT NOT NULL,
      pushed_through_seq  INTEGER NOT NULL DEFAULT 0,  -- events.seq acknowledged by the hub
      pull_cursor         INTEGER NOT NULL DEFAULT 0,  -- the hub's version pulled through
      last_success_at     TEXT,
      failing_since       TEXT,
      last_error          TEXT                         -- a SyncErrorKind
    ) STRICT;
  `,
};
