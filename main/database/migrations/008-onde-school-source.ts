// Schema version 8. Never edit a released migration: add the next numbered file instead.
import type { Migration } from '../migration';

/**
 * Lets a school's roster come from ONDE (écoles): schools.source gains 'onde'. SQLite cannot
 * alter a CHECK constraint, so the table is rebuilt the documented way (new table, copy,
 * drop, rename). This is only safe because runMigrations switches foreign keys off while
 * migrations run: with them on, DROP TABLE schools would first delete every school and, by
 * ON DELETE CASCADE, every student, guardian and link. students and guardians keep referring
 * to "schools" by name, which the renamed table then is again.
 */
export const migration008OndeSchoolSource: Migration = {
  version: 8,
  name: 'schools imported from ONDE',
  sql: `
    CREATE TABLE schools_with_onde (
      uai          TEXT PRIMARY KEY,          -- UAJ in SIECLE files; given on the command line for ONDE
      name         TEXT,
      school_year  INTEGER,
      source       TEXT NOT NULL CHECK (source IN ('demo', 'siecle', 'onde')),
      imported_at  TEXT NOT NULL
    ) STRICT;
    INSERT INTO schools_with_onde (uai, name, school_year, source, imported_at)
      SELECT uai, name, school_year, source, imported_at FROM schools;
    DROP TABLE schools;
    ALTER TABLE schools_with_onde RENAME TO schools;
  `,
};
