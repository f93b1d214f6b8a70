// The import's staging area: TEMP tables of the import's connection, so staging never writes the
// kiosk's database file (a preview writes nothing) and a roster of any size never sits in JS
// memory. Rows are keyed by the export's ids; the diff and the apply are SQL over these tables.
import type { KioskDatabase } from '../../database/open-database';

const STAGING_CACHE_KIB = 96 * 1024;

const STAGING_TABLES = [
  'stage_files',
  'stage_students',
  'stage_classes',
  'stage_guardians',
  'stage_links',
  'stage_links_read',
];

/** Drops any earlier staging of this connection and creates empty tables. */
export function resetStagingTables(db: KioskDatabase): void {
  dropStagingTables(db);
  // The staged rows arrive in no key order: B-trees of a million rows inserted at random need
  // their pages in memory, not re-read from the temp file (bounded, within the RSS target).
  db.pragma(`temp.cache_size = -${STAGING_CACHE_KIB}`);
  db.exec(`
    CREATE TEMP TABLE stage_files (
      id    INTEGER PRIMARY KEY,
      name  TEXT NOT NULL
    );
    CREATE TEMP TABLE stage_students (
      source_id    TEXT PRIMARY KEY,
      family_name  TEXT NOT NULL,
      usage_name   TEXT,
      first_name   TEXT NOT NULL,
      birth_date   TEXT NOT NULL,
      enrolled     INTEGER NOT NULL,
      file_id      INTEGER,
      line         INTEGER
    ) WITHOUT ROWID;
    CREATE TEMP TABLE stage_classes (
      student_source_id  TEXT PRIMARY KEY,
      class_name         TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TEMP TABLE stage_guardians (
      source_id        TEXT PRIMARY KEY,
      civility         TEXT,
      family_name      TEXT NOT NULL,
      usage_name       TEXT,
      first_name       TEXT NOT NULL,
      mobile_e164      TEXT,
      family_name_key  TEXT NOT NULL,
      usage_name_key   TEXT,
      first_name_key   TEXT NOT NULL,
      mobile_problem   TEXT,
      file_id          INTEGER,
      line             INTEGER
    ) WITHOUT ROWID;
    CREATE TEMP TABLE stage_links_read (
      guardian_source_id  TEXT NOT NULL,
      student_source_id   TEXT NOT NULL,
      legal_level         INTEGER NOT NULL,
      relation_code       TEXT,
      file_id             INTEGER,
      line                INTEGER
    );
    CREATE TEMP TABLE stage_links (
      guardian_source_id  TEXT NOT NULL,
      student_source_id   TEXT NOT NULL,
      legal_level         INTEGER NOT NULL,
      relation_code       TEXT,
      file_id             INTEGER,
      line                INTEGER,
      PRIMARY KEY (guardian_source_id, student_source_id)
    ) WITHOUT ROWID;
  `);
}

/**
 * Moves the links as read (appended in file order) into stage_links, one per pair with the
 * strongest responsibility (lowest level; SQLite takes the other columns from that row). One
 * sort then an in-order load, instead of a million inserts at random places of a B-tree.
 */
export function keyStagedLinks(db: KioskDatabase): void {
  db.transaction(() => {
    db.exec(`
      INSERT INTO stage_links
        (guardian_source_id, student_source_id, legal_level, relation_code, file_id, line)
      SELECT guardian_source_id, student_source_id, min(legal_level), relation_code, file_id, line
        FROM stage_links_read
       GROUP BY guardian_source_id, student_source_id;
      DROP TABLE temp.stage_links_read;
    `);
  })();
}

/** Frees the staging area (its temp file) once an import is applied or abandoned. */
export function dropStagingTables(db: KioskDatabase): void {
  for (const table of STAGING_TABLES) db.exec(`DROP TABLE IF EXISTS temp.${table}`);
}
