import type { KioskDatabase } from '../database/open-database';
import { createJournal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import { removeDemoRoster } from './remove-demo-roster';
import { isUai, type RosterSnapshot } from './roster-snapshot';
import { readRosterSource, ROSTER_SOURCE_META_KEY } from './roster-source';
import { replaceSchoolLinks, upsertGuardians, upsertStudents } from './write-roster-rows';

export interface ImportSummary {
  source: RosterSnapshot['source'];
  schoolUai: string;
  schoolYear: number | null;
  students: number;
  enrolled: number;
  guardians: number;
  /** Guardians with a number that can receive an SMS. */
  guardiansWithMobile: number;
  links: number;
  /** Links at level 1 (représentant légal): only these may activate. */
  legalLinks: number;
  studentsAdded: number;
  studentsUpdated: number;
  studentsUnchanged: number;
  guardiansAdded: number;
  guardiansUpdated: number;
  guardiansUnchanged: number;
  linksAdded: number;
  linksUpdated: number;
  linksRemoved: number;
  /** Already in the database but absent from this export; left as they are for now. */
  studentsMissing: number;
  guardiansMissing: number;
  /** The bundled demo roster was deleted because a real one arrived. */
  demoRosterRemoved: boolean;
  /** false when the database already held exactly this roster: nothing was written. */
  changed: boolean;
}

export interface ApplyRosterOptions {
  clock: Clock;
  /** Who asked, for the audit log: 'cli', 'kiosk', … */
  actor: string;
}

/**
 * Writes a school's roster in ONE transaction: upserts the school, its students and guardians
 * (by export id), makes its links exactly the snapshot's, and never touches accounts or a
 * guardian's account, secret-failure counter or lock. A real (SIECLE, ONDE) roster replaces the demo
 * one. Applying the same snapshot again changes no row and writes no journal entry.
 */
export function applyRosterSnapshot(
  db: KioskDatabase,
  snapshot: RosterSnapshot,
  { clock, actor }: ApplyRosterOptions,
): ImportSummary {
  if (!isUai(snapshot.school.uai)) {
    throw new Error(`Roster snapshot has no valid school id (UAI): "${snapshot.school.uai}"`);
  }
  return db.transaction((): ImportSummary => {
    const now = clock.now();
    const uai = snapshot.school.uai;
    const demoRosterRemoved =
      snapshot.source !== 'demo' && readRosterSource(db) === 'demo' && removeDemoRoster(db);
    const schoolChanged = upsertSchool(db, snapshot, now);
    const students = upsertStudents(db, uai, snapshot.students);
    const guardians = upsertGuardians(db, uai, snapshot.guardians);
    const links = replaceSchoolLinks(db, uai, snapshot.links, guardians.ids, students.ids);
    const sourceChanged = readRosterSource(db) !== snapshot.source;
    if (sourceChanged) {
      db.prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ).run(ROSTER_SOURCE_META_KEY, snapshot.source);
    }
    const rowWrites = [
      students.counts.added,
      students.counts.updated,
      guardians.counts.added,
      guardians.counts.updated,
      links.counts.added,
      links.counts.updated,
      links.counts.removed,
    ].reduce((sum, n) => sum + n, 0);
    const changed = demoRosterRemoved || schoolChanged || sourceChanged || rowWrites > 0;

    const summary: ImportSummary = {
      source: snapshot.source,
      schoolUai: uai,
      schoolYear: snapshot.school.schoolYear,
      students: snapshot.students.length,
      enrolled: snapshot.students.filter((s) => s.enrolled).length,
      guardians: snapshot.guardians.length,
      guardiansWithMobile: snapshot.guardians.filter((g) => g.mobileE164 !== null).length,
      links: links.links.length,
      legalLinks: links.links.filter((l) => l.legal_level === 1).length,
      studentsAdded: students.counts.added,
      studentsUpdated: students.counts.updated,
      studentsUnchanged: students.counts.unchanged,
      guardiansAdded: guardians.counts.added,
      guardiansUpdated: guardians.counts.updated,
      guardiansUnchanged: guardians.counts.unchanged,
      linksAdded: links.counts.added,
      linksUpdated: links.counts.updated,
      linksRemoved: links.counts.removed,
      studentsMissing: students.counts.missing,
      guardiansMissing: guardians.counts.missing,
      demoRosterRemoved,
      changed,
    };
    if (changed) {
      db.prepare('UPDATE schools SET imported_at = ? WHERE uai = ?').run(now.toISOString(), uai);
      // Counts only: the journal is synced and must carry no personal data.
      const counts = { ...summary };
      createJournal(db).record({
        at: now,
        type: 'roster.imported',
        entityId: uai,
        payload: counts,
        audit: { actor, details: counts },
      });
    }
    return summary;
  })();
}

/** Inserts the school or updates what differs; returns whether anything was written. */
function upsertSchool(db: KioskDatabase, snapshot: RosterSnapshot, now: Date): boolean {
  const { uai, name, schoolYear } = snapshot.school;
  const row = db.prepare('SELECT name, school_year, source FROM schools WHERE uai = ?').get(uai) as
    { name: string | null; school_year: number | null; source: string } | undefined;
  if (row === undefined) {
    db.prepare(
      'INSERT INTO schools (uai, name, school_year, source, imported_at) VALUES (?, ?, ?, ?, ?)',
    ).run(uai, name, schoolYear, snapshot.source, now.toISOString());
    return true;
  }
  // SIECLE files carry no school name: keep one set earlier rather than erase it.
  const nextName = name ?? row.name;
  const nextYear = schoolYear ?? row.school_year;
  if (row.name === nextName && row.school_year === nextYear && row.source === snapshot.source)
    return false;
  db.prepare('UPDATE schools SET name = ?, school_year = ?, source = ? WHERE uai = ?').run(
    nextName,
    nextYear,
    snapshot.source,
    uai,
  );
  return true;
}
