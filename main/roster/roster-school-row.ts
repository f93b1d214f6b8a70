// The school row of an import: whether the previewed school differs from the kiosk's, and
// writing it.
import type { KioskDatabase } from '../database/open-database';
import type { PendingRosterPreview } from './pending-roster-preview';

type SchoolRow = { name: string | null; school_year: number | null; source: string };

export function schoolWouldChange(
  db: KioskDatabase,
  school: PendingRosterPreview['school'],
): boolean {
  const row = db
    .prepare('SELECT name, school_year, source FROM schools WHERE uai = ?')
    .get(school.schoolUai) as SchoolRow | undefined;
  if (row === undefined) return true;
  return (
    row.name !== (school.name ?? row.name) ||
    row.school_year !== (school.schoolYear ?? row.school_year) ||
    row.source !== school.source
  );
}

/** Inserts the school or updates what differs; returns whether anything was written. */
export function upsertSchool(
  db: KioskDatabase,
  school: PendingRosterPreview['school'],
  now: Date,
): boolean {
  const { schoolUai: uai, name, schoolYear, source } = school;
  const row = db.prepare('SELECT name, school_year, source FROM schools WHERE uai = ?').get(uai) as
    SchoolRow | undefined;
  if (row === undefined) {
    db.prepare(
      'INSERT INTO schools (uai, name, school_year, source, imported_at) VALUES (?, ?, ?, ?, ?)',
    ).run(uai, name, schoolYear, source, now.toISOString());
    return true;
  }
  if (!schoolWouldChange(db, school)) return false;
  // SIECLE files carry no school name: keep one set earlier rather than erase it.
  db.prepare('UPDATE schools SET name = ?, school_year = ?, source = ? WHERE uai = ?').run(
    name ?? row.name,
    schoolYear ?? row.school_year,
    source,
    uai,
  );
  return true;
}
