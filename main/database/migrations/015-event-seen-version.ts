// Schema version 15. Never edit a released migration: add the next numbered file instead.
import type { Migration } from '../migration';

/**
 * events.seen_version: the hub version this kiosk had pulled through when the event was made
 * (hub_link.pull_cursor then; NULL before the kiosk joined a hub). The hub compares it with other
 * kiosks' changes to tell a conflict from a change made after seeing the other one
 * (docs/developers/sync.md, "Conflicts"). Taken at push time instead, an event made between a
 * try's push and its pull claimed to have seen that pull, and its conflict went unrecorded.
 */
export const migration015EventSeenVersion: Migration = {
  version: 15,
  name: 'the hub version each journal event was made after',
  sql: `ALTER TABLE events ADD COLUMN seen_version INTEGER;`,
};
