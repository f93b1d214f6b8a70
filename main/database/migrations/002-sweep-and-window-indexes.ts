// Schema version 2. Never edit a released migration: add the next numbered file instead.
import type { Migration } from '../migration';

/**
 * Indexes for the queries that run on a timer or on every "Valider":
 * - the flow sweep (every minute) finds open flows past their lifetime without scanning the
 *   whole table: a partial index holding open flows only, by expires_at;
 * - its retention step finds closed flows ended more than a day ago: a partial index holding
 *   closed flows only, by updated_at (the instant they ended);
 * - the kiosk-wide identity window (S-RATE-3) counts one audit action in the last 15 minutes:
 *   an index on (action, at) instead of walking every audit entry of the window.
 * The partial indexes' state lists must stay word for word what flow-repository.ts writes
 * (SQLite uses a partial index only when the query repeats its WHERE term).
 */
export const migration002SweepAndWindowIndexes: Migration = {
  version: 2,
  name: 'sweep and identity-window indexes',
  sql: `
    CREATE INDEX flows_open_by_expiry ON flows (expires_at)
      WHERE state NOT IN ('ended', 'done', 'already-activated');
    CREATE INDEX flows_closed_by_update ON flows (updated_at)
      WHERE state IN ('ended', 'done', 'already-activated');
    CREATE INDEX audit_log_by_action_time ON audit_log (action, at);
  `,
};
