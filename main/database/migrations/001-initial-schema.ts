// Schema version 1. Never edit a released migration: add the next numbered file instead.
import type { Migration } from '../migration';

export const migration001InitialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  sql: `
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE schools (
      uai          TEXT PRIMARY KEY,          -- UAJ in SIECLE files
      name         TEXT,
      school_year  INTEGER,
      source       TEXT NOT NULL CHECK (source IN ('demo', 'siecle')),
      imported_at  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE students (
      id           INTEGER PRIMARY KEY,
      school_uai   TEXT NOT NULL REFERENCES schools(uai) ON DELETE CASCADE,
      source_id    TEXT NOT NULL,             -- ELEVE_ID
      family_name  TEXT NOT NULL,
      usage_name   TEXT,
      first_name   TEXT NOT NULL,
      birth_date   TEXT NOT NULL,             -- YYYY-MM-DD
      class_name   TEXT,
      enrolled     INTEGER NOT NULL CHECK (enrolled IN (0, 1)),
      UNIQUE (school_uai, source_id)
    ) STRICT;

    CREATE TABLE accounts (
      id                   TEXT PRIMARY KEY,  -- UUID, stable across kiosks (sync)
      identifier           TEXT NOT NULL UNIQUE,
      first_name           TEXT NOT NULL,
      password_hash        TEXT NOT NULL,     -- self-describing: algorithm and parameters
      created_at           TEXT NOT NULL,
      updated_at           TEXT NOT NULL,
      failed_login_count   INTEGER NOT NULL DEFAULT 0,
      last_login_at        TEXT
    ) STRICT;

    CREATE TABLE guardians (
      id                   INTEGER PRIMARY KEY,
      school_uai           TEXT NOT NULL REFERENCES schools(uai) ON DELETE CASCADE,
      source_id            TEXT NOT NULL,     -- PERSONNE_ID
      civility             TEXT,
      family_name          TEXT NOT NULL,
      usage_name           TEXT,
      first_name           TEXT NOT NULL,
      mobile_e164          TEXT,              -- normalised with libphonenumber-js
      family_name_key      TEXT NOT NULL,     -- folded for tolerant matching (S-ENUM-2)
      usage_name_key       TEXT,
      first_name_key       TEXT NOT NULL,
      account_id           TEXT REFERENCES accounts(id),
      failed_secret_count  INTEGER NOT NULL DEFAULT 0,  -- S-RATE-1, consecutive
      locked_at            TEXT,
      UNIQUE (school_uai, source_id)
    ) STRICT;
    CREATE INDEX guardians_by_mobile ON guardians (mobile_e164);
    CREATE INDEX guardians_by_account ON guardians (account_id);

    CREATE TABLE guardian_students (
      guardian_id    INTEGER NOT NULL REFERENCES guardians(id) ON DELETE CASCADE,
      student_id     INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
      legal_level    INTEGER NOT NULL,        -- 1 = représentant légal (only level 1 activates)
      relation_code  TEXT,                    -- CODE_PARENTE
      PRIMARY KEY (guardian_id, student_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX guardian_students_by_student ON guardian_students (student_id);

    CREATE TABLE account_students (
      account_id    TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      student_id    INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
      confirmed_at  TEXT NOT NULL,
      PRIMARY KEY (account_id, student_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE flows (
      id                  TEXT PRIMARY KEY,   -- UUID
      kind                TEXT NOT NULL CHECK (kind IN ('activation')),
      session_id          TEXT NOT NULL,
      state               TEXT NOT NULL,
      created_at          TEXT NOT NULL,
      updated_at          TEXT NOT NULL,
      expires_at          TEXT NOT NULL,
      ended_reason        TEXT,
      typed_last_name     TEXT,               -- cleared when the flow ends
      typed_first_name    TEXT,
      phone_e164          TEXT,
      guardian_ids        TEXT,               -- JSON array, once the identity matched
      code_hmac           TEXT,               -- S-OTP-4: keyed hash only, never the code
      code_sent_at        TEXT,
      code_expires_at     TEXT,
      code_used_at        TEXT,
      code_failures       INTEGER NOT NULL DEFAULT 0,
      children            TEXT,               -- JSON: per-child status and tries
      reserved_identifier TEXT,
      account_id          TEXT REFERENCES accounts(id)
    ) STRICT;
    CREATE INDEX flows_by_session ON flows (session_id, state);
    CREATE INDEX flows_by_reserved_identifier ON flows (reserved_identifier);

    CREATE TABLE wrong_link_reports (
      id            TEXT PRIMARY KEY,         -- UUID
      created_at    TEXT NOT NULL,
      flow_id       TEXT NOT NULL,
      guardian_id   INTEGER NOT NULL REFERENCES guardians(id) ON DELETE CASCADE,
      student_id    INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
      handled_at    TEXT,
      handled_by    TEXT,
      comment       TEXT
    ) STRICT;

    CREATE TABLE sms_log (
      id                   TEXT PRIMARY KEY,  -- UUID; also the gateway's client message id
      created_at           TEXT NOT NULL,
      flow_id              TEXT,
      purpose              TEXT NOT NULL,     -- 'activation-code', ...
      phone_e164           TEXT NOT NULL,
      provider             TEXT NOT NULL,
      provider_message_id  TEXT,
      status               TEXT NOT NULL,     -- 'accepted' | 'failed'
      error_kind           TEXT,
      error_detail         TEXT               -- English, never the code or the text
    ) STRICT;
    CREATE INDEX sms_log_by_phone ON sms_log (phone_e164, created_at);
    CREATE INDEX sms_log_by_time ON sms_log (created_at);

    CREATE TABLE login_throttle (
      identifier_key   TEXT PRIMARY KEY,      -- also for unknown identifiers (no enumeration)
      failures         INTEGER NOT NULL,
      blocked_until    TEXT
    ) STRICT;

    CREATE TABLE kiosk_counters (
      name            TEXT PRIMARY KEY,       -- 'identity-failures'
      value           INTEGER NOT NULL,
      blocked_until   TEXT
    ) STRICT;

    CREATE TABLE audit_log (
      id           TEXT PRIMARY KEY,          -- UUID
      at           TEXT NOT NULL,
      actor        TEXT NOT NULL,             -- 'kiosk', 'cli', later a staff account
      action       TEXT NOT NULL,
      guardian_id  INTEGER,
      details      TEXT                       -- JSON, never a secret
    ) STRICT;
    CREATE INDEX audit_log_by_time ON audit_log (at);

    -- Append-only journal of every change another kiosk or the central service will need
    -- (written in the same transaction as the change; read by the future sync).
    CREATE TABLE events (
      seq          INTEGER PRIMARY KEY AUTOINCREMENT,
      id           TEXT NOT NULL UNIQUE,      -- UUID
      at           TEXT NOT NULL,
      type         TEXT NOT NULL,
      entity_id    TEXT NOT NULL,
      payload      TEXT NOT NULL              -- JSON, never a secret or a password hash
    ) STRICT;
    CREATE TRIGGER events_no_update BEFORE UPDATE ON events
      BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events
      BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  `,
};
