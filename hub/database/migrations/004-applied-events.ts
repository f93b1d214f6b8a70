import type { HubMigration } from '../hub-migration';

// Hub schema version 4. Never edit a released migration: add the next numbered file instead.

/**
 * Which event each kiosk's applied seq was. A kiosk restored from a copy of its database numbers
 * its next changes with seqs the hub has already applied: taken for replays, they were dropped
 * without a word. With the events' ids kept, a "replay" that is not the event the hub applied is
 * refused as a restored kiosk (hub/sync/push-batch.ts). Kiosks enrolled before this version have
 * no ids for their earlier seqs: those are not checked (`checked_after_seq`).
 */
export const hubMigration004AppliedEvents: HubMigration = {
  version: 4,
  name: '004-applied-events',
  sql: `
    CREATE TABLE applied_events (
      kiosk_id  UUID NOT NULL REFERENCES kiosks (id),
      seq       BIGINT NOT NULL,
      event_id  UUID NOT NULL,
      PRIMARY KEY (kiosk_id, seq)
    );
    ALTER TABLE kiosks ADD COLUMN checked_after_seq BIGINT NOT NULL DEFAULT 0;
    UPDATE kiosks SET checked_after_seq = last_applied_seq;
  `,
};
