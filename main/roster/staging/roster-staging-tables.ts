// The import's staging area: tables keyed by the export's ids, so that a roster of any size never
// sits in JS memory and the preview's checks, its counts and the apply are SQL over them. A
// SIECLE file is staged into a file of its own by the thread that reads it (staging-files.ts),
// attached to the kiosk's connection once read; an in-memory roster (the demo, ONDE files) is
// staged into TEMP tables. Either way the kiosk's own tables are not written (a preview writes
// nothing) and the SQL finds the tables by their unqualified names.
import type { KioskDatabase } from '../../database/open-database';
import { detachStagingFiles } from './staging-files';
import { dropNoteTriggers, NOTE_TABLES } from './staged-write-notes';

/**
 * Which records a staging holds: a students file's, a guardians file's persons, links (a
 * guardians file's, staged with its persons or by a thread of their own).
 */
export type StagedKind = 'students' | 'guardians' | 'links';

const STAGING_CACHE_KIB = 64 * 1024;
// Links are appended, then sorted once (keyStagedLinks): a thread staging links alone needs
// little cache, and three staging threads at once must stay within the RSS target.
const LINKS_ONLY_CACHE_KIB = 16 * 1024;

const TABLES_OF: Record<StagedKind, (schema: string) => string> = {
  students: (schema) => `
    CREATE TABLE ${schema}.stage_students (
      source_id    TEXT PRIMARY KEY,
      family_name  TEXT NOT NULL,
      usage_name   TEXT,
      first_name   TEXT NOT NULL,
      birth_date   TEXT NOT NULL,
      enrolled     INTEGER NOT NULL,
      file_id      INTEGER,
      line         INTEGER
    ) WITHOUT ROWID;
    CREATE TABLE ${schema}.stage_classes (
      student_source_id  TEXT PRIMARY KEY,
      class_name         TEXT NOT NULL
    ) WITHOUT ROWID;`,
  guardians: (schema) => `
    CREATE TABLE ${schema}.stage_guardians (
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
    ) WITHOUT ROWID;`,
  links: (schema) => `
    CREATE TABLE ${schema}.stage_links_read (
      guardian_source_id  TEXT NOT NULL,
      student_source_id   TEXT NOT NULL,
      legal_level         INTEGER NOT NULL,
      relation_code       TEXT,
      file_id             INTEGER,
      line                INTEGER
    );
    CREATE TABLE ${schema}.stage_links (
      guardian_source_id  TEXT NOT NULL,
      student_source_id   TEXT NOT NULL,
      legal_level         INTEGER NOT NULL,
      relation_code       TEXT,
      file_id             INTEGER,
      line                INTEGER,
      PRIMARY KEY (guardian_source_id, student_source_id)
    ) WITHOUT ROWID;`,
};

const TEMP_TABLES = [
  // The notes of the rows to write (staged-write-notes.ts), and the apply's rows and links to
  // write.
  ...NOTE_TABLES,
  'stage_link_writes',
  'stage_rewrites',
  'stage_files',
  'stage_students',
  'stage_classes',
  'stage_guardians',
  'stage_links',
  'stage_links_read',
];

/**
 * Drops any earlier staging of this connection and creates the TEMP table of the staged files'
 * names (problems name their file). The records' tables come with createStagingTables.
 */
export function resetStagingTables(db: KioskDatabase): void {
  dropStagingTables(db);
  // The staged rows arrive in no key order: B-trees of a million rows inserted at random need
  // their pages in memory, not re-read from the temp file (bounded, within the RSS target).
  db.pragma(`temp.cache_size = -${STAGING_CACHE_KIB}`);
  db.exec('CREATE TEMP TABLE stage_files (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
}

/** Creates empty tables for these kinds of records in `schema` ('temp', or a staging file's 'main'). */
export function createStagingTables(
  db: KioskDatabase,
  schema: 'temp' | 'main',
  kinds: readonly StagedKind[],
): void {
  if (schema === 'main') {
    const linksOnly = kinds.length === 1 && kinds[0] === 'links';
    db.pragma(`cache_size = -${linksOnly ? LINKS_ONLY_CACHE_KIB : STAGING_CACHE_KIB}`);
  }
  for (const kind of kinds) db.exec(TABLES_OF[kind](schema));
}

/**
 * Moves the links as read (appended in file order) into stage_links, one per pair with the
 * strongest responsibility (lowest level; SQLite takes the other columns from that row). One
 * sort then an in-order load, instead of a million inserts at random places of a B-tree.
 */
export function keyStagedLinks(db: KioskDatabase, schema: 'temp' | 'main'): void {
  db.transaction(() => {
    db.exec(`
      INSERT INTO ${schema}.stage_links
        (guardian_source_id, student_source_id, legal_level, relation_code, file_id, line)
      SELECT guardian_source_id, student_source_id, min(legal_level), relation_code, file_id, line
        FROM ${schema}.stage_links_read
       GROUP BY guardian_source_id, student_source_id;
      DROP TABLE ${schema}.stage_links_read;
    `);
  })();
}

/** Drops a staging file's links tables: another thread staged the file's links. */
export function dropStagedLinks(db: KioskDatabase): void {
  db.exec('DROP TABLE main.stage_links_read; DROP TABLE main.stage_links');
}

/** Frees the staging area (TEMP tables, staging files) once an import is applied or abandoned. */
export function dropStagingTables(db: KioskDatabase): void {
  detachStagingFiles(db);
  // The triggers first: left without their table, they would fail every roster write.
  dropNoteTriggers(db);
  for (const table of TEMP_TABLES) db.exec(`DROP TABLE IF EXISTS temp.${table}`);
}
