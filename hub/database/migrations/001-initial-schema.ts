import type { HubMigration } from '../hub-migration';

// The hub's first schema (docs/developers/sync.md): schools, their one-time enrolment codes,
// the enrolled kiosks with their push and pull positions, the changes every kiosk of a school
// pulls (numbered by one hub-wide sequence), and the group-wide identifiers.
export const hubMigration001InitialSchema: HubMigration = {
  version: 1,
  name: '001-initial-schema',
  sql: `
CREATE TABLE schools (
  uai TEXT PRIMARY KEY CHECK (uai ~ '^[0-9]{7}[A-Z]$'),
  name TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Only the SHA-256 of a code is kept (S-SYNC-1); expiry by the database's clock.
CREATE TABLE enrolment_codes (
  code_hash TEXT PRIMARY KEY,
  school_uai TEXT NOT NULL REFERENCES schools (uai),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  expires_at TIMESTAMPTZ NOT NULL,
  used_at TIMESTAMPTZ
);

-- Kiosk numbers are unique in the group: they give each kiosk its own offline identifier block.
CREATE SEQUENCE kiosk_numbers MINVALUE 1 MAXVALUE 99999;

CREATE TABLE kiosks (
  id UUID PRIMARY KEY,
  school_uai TEXT NOT NULL REFERENCES schools (uai),
  number INT NOT NULL UNIQUE DEFAULT nextval('kiosk_numbers'),
  label TEXT NOT NULL,
  credential_hash TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  revoked_at TIMESTAMPTZ,
  last_applied_seq BIGINT NOT NULL DEFAULT 0,
  pulled_through_version BIGINT NOT NULL DEFAULT 0,
  last_contact_at TIMESTAMPTZ
);
ALTER SEQUENCE kiosk_numbers OWNED BY kiosks.number;
CREATE INDEX kiosks_by_school ON kiosks (school_uai);

-- Taken while holding the school's advisory lock: within a school, versions become visible in
-- increasing order, so a pull by "version > cursor" never skips a later commit.
CREATE SEQUENCE change_versions MINVALUE 1;

CREATE TABLE changes (
  version BIGINT PRIMARY KEY,
  school_uai TEXT NOT NULL REFERENCES schools (uai),
  origin_kiosk_id UUID REFERENCES kiosks (id),
  type TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  payload JSONB NOT NULL,
  recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  superseded BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX changes_by_school_version ON changes (school_uai, version);
-- The latest change on an entity (conflict detection, superseding a roster).
CREATE INDEX changes_by_school_entity ON changes (school_uai, entity_key, version);
-- An account or report id is unique in the group: a push naming another school's is refused.
CREATE INDEX changes_by_entity ON changes (entity_key);

-- Group-wide: the primary key makes an identifier unique by PostgreSQL, not by luck.
CREATE TABLE identifiers (
  identifier TEXT PRIMARY KEY,
  school_uai TEXT NOT NULL REFERENCES schools (uai),
  guardian_source_id TEXT,
  account_id UUID,
  origin TEXT NOT NULL CHECK (origin IN ('reserved', 'kiosk', 'pre-enrolment')),
  claimed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX identifiers_by_school ON identifiers (school_uai);

-- Two schools that both gave an identifier before joining keep it; the administrator sees it.
CREATE TABLE identifier_clashes (
  identifier TEXT NOT NULL,
  school_uai TEXT NOT NULL REFERENCES schools (uai),
  other_school_uai TEXT NOT NULL REFERENCES schools (uai),
  found_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (identifier, school_uai)
);
`,
};
