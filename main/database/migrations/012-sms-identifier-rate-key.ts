// Schema version 12. Never edit a released migration: add the next numbered file instead.
import type { Migration } from '../migration';

/**
 * S-RATE-2 on "Mot de passe perdu" by identifier: every request by identifier (sent or withheld,
 * known or unknown identifier) is counted against a keyed hash of the typed identifier, so the
 * limit answers the same whether or not an account exists (S-ENUM-4). Only the HMAC is kept,
 * never the identifier. A request for an unknown identifier has no number: its row keeps ''.
 */
export const migration012SmsIdentifierRateKey: Migration = {
  version: 12,
  name: 'the SMS log counts requests by identifier for the S-RATE-2 limits',
  sql: `
    ALTER TABLE sms_log ADD COLUMN identifier_key TEXT;  -- hex HMAC of the normalised identifier
    CREATE INDEX sms_log_by_identifier ON sms_log (identifier_key, created_at)
      WHERE identifier_key IS NOT NULL;
  `,
};
