// Schema version 4. Never edit a released migration: add the next numbered file instead.
import type { Migration } from '../migration';

/**
 * Recovery flows ("Identifiant perdu", "Mot de passe perdu") live in the flows table beside
 * activations. Its CHECK on kind cannot be altered in SQLite, so the table is rebuilt (nothing
 * has a FOREIGN KEY to flows) with the new kinds and one new column:
 * - typed_identifier: the identifier typed on "Mot de passe perdu" (cleared when the flow ends).
 * Every index on flows is recreated as it was; the partial indexes' state lists stay word for
 * word what flow-repository.ts writes (SQLite uses a partial index only when the query repeats
 * its WHERE term).
 */
export const migration004RecoveryFlows: Migration = {
  version: 4,
  name: 'recovery flows',
  sql: `
    CREATE TABLE flows_rebuilt (
      id                  TEXT PRIMARY KEY,
      kind                TEXT NOT NULL
                          CHECK (kind IN ('activation', 'identifier-recovery', 'password-recovery')),
      session_id          TEXT NOT NULL,
      state               TEXT NOT NULL,
      created_at          TEXT NOT NULL,
      updated_at          TEXT NOT NULL,
      expires_at          TEXT NOT NULL,
      ended_reason        TEXT,
      typed_last_name     TEXT,
      typed_first_name    TEXT,
      phone_e164          TEXT,
      guardian_ids        TEXT,
      code_hmac           TEXT,
      code_sent_at        TEXT,
      code_expires_at     TEXT,
      code_used_at        TEXT,
      code_failures       INTEGER NOT NULL DEFAULT 0,
      children            TEXT,
      reserved_identifier TEXT,
      account_id          TEXT REFERENCES accounts(id),
      typed_identifier    TEXT
    ) STRICT;
    INSERT INTO flows_rebuilt (id, kind, session_id, state, created_at, updated_at, expires_at,
        ended_reason, typed_last_name, typed_first_name, phone_e164, guardian_ids, code_hmac,
        code_sent_at, code_expires_at, code_used_at, code_failures, children,
        reserved_identifier, account_id)
      SELECT id, kind, session_id, state, created_at, updated_at, expires_at,
        ended_reason, typed_last_name, typed_first_name, phone_e164, guardian_ids, code_hmac,
        code_sent_at, code_expires_at, code_used_at, code_failures, children,
        reserved_identifier, account_id
      FROM flows;
    DROP TABLE flows;
    ALTER TABLE flows_rebuilt RENAME TO flows;
    CREATE INDEX flows_by_session ON flows (session_id, state);
    CREATE INDEX flows_by_reserved_identifier ON flows (reserved_identifier);
    CREATE INDEX flows_open_by_expiry ON flows (expires_at)
      WHERE state NOT IN ('ended', 'done', 'already-activated');
    CREATE INDEX flows_closed_by_update ON flows (updated_at)
      WHERE state IN ('ended', 'done', 'already-activated');
  `,
};
