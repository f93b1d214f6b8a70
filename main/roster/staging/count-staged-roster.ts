import type { KioskDatabase } from '../../database/open-database';
import { presentRowsOf, SCHOOL_LINKS } from './staged-roster-sql';
import {
  noteLinkWrites,
  notePeopleWrites,
  watchNotedRoster,
  type RowWrites,
} from './staged-write-notes';

export type { RowWrites } from './staged-write-notes';

/** What an import holds and would change, as the preview shows it and the apply reports it. */
export interface RosterImportCounts {
  students: number;
  enrolled: number;
  guardians: number;
  /** Guardians with a number that can receive an SMS. */
  guardiansWithMobile: number;
  links: number;
  /** Links at level 1 (représentant légal): only these may activate. */
  legalLinks: number;
  studentsAdded: number;
  /** Rewritten: a roster column changed, or the student came back (returned). */
  studentsUpdated: number;
  studentsUnchanged: number;
  /** Marked gone by an earlier import and in this export again. */
  studentsReturned: number;
  /** In the database, not in this export: marked gone now (purged after the grace period). */
  studentsGone: number;
  guardiansAdded: number;
  guardiansUpdated: number;
  guardiansUnchanged: number;
  guardiansReturned: number;
  guardiansGone: number;
  linksAdded: number;
  linksUpdated: number;
  linksRemoved: number;
}

export type StagedTotals = Pick<
  RosterImportCounts,
  'students' | 'enrolled' | 'guardians' | 'guardiansWithMobile' | 'links' | 'legalLinks'
>;

/** What the staged export holds, whatever the database already has. */
function countStagedTotals(one: (sql: string) => number): StagedTotals {
  return {
    students: one('SELECT count(*) FROM stage_students'),
    enrolled: one('SELECT sum(enrolled) FROM stage_students'),
    guardians: one('SELECT count(*) FROM stage_guardians'),
    guardiansWithMobile: one('SELECT count(*) FROM stage_guardians WHERE mobile_e164 IS NOT NULL'),
    links: one('SELECT count(*) FROM stage_links'),
    legalLinks: one('SELECT count(*) FROM stage_links WHERE legal_level = 1'),
  };
}

/**
 * The school's present rows that the export no longer has, by arithmetic: every present row
 * is either staged (kept, and not back from gone) or gone now. No pass over the school's rows.
 */
export function rowsGoneNow(present: number, staged: number, writes: RowWrites): number {
  return present - (staged - writes.added - writes.returned);
}

/**
 * Counts what applying the staged roster to school `uai` would do, writing nothing to the
 * kiosk's tables (the preview). Staging must be checked first (checkStagedRoster drops the links
 * it cannot keep). One pass over each staged set, each row's counterpart found by its unique
 * index; the rows to write are noted for the apply (staged-write-notes.ts) as they are counted;
 * what is gone or removed follows from the counts.
 */
export function countStagedRoster(db: KioskDatabase, uai: string): RosterImportCounts {
  const one = (sql: string): number =>
    (db.prepare(`SELECT (${sql}) AS n`).get({ uai }) as { n: number | null }).n ?? 0;

  const totals = countStagedTotals(one);
  const { students, guardians, links } = totals;
  // A school's first import: every staged row is new, with nothing to look up.
  const schoolKnown = one(`SELECT EXISTS (SELECT 1 FROM students WHERE school_uai = @uai)
    OR EXISTS (SELECT 1 FROM guardians WHERE school_uai = @uai)`);
  if (schoolKnown === 0) return firstImportCounts(totals);
  const studentWrites = notePeopleWrites(db, uai, 'students');
  const guardianWrites = notePeopleWrites(db, uai, 'guardians');
  const linkWrites = noteLinkWrites(db, uai);
  const schoolLinks = one(SCHOOL_LINKS);
  const studentsPresent = one(presentRowsOf('students'));
  const guardiansPresent = one(presentRowsOf('guardians'));
  watchNotedRoster(db, { schoolLinks, studentsPresent, guardiansPresent });
  const keptLinks = links - linkWrites.added;
  return {
    ...totals,
    studentsAdded: studentWrites.added,
    studentsUpdated: studentWrites.updated,
    studentsUnchanged: students - studentWrites.added - studentWrites.updated,
    studentsReturned: studentWrites.returned,
    studentsGone: rowsGoneNow(studentsPresent, students, studentWrites),
    guardiansAdded: guardianWrites.added,
    guardiansUpdated: guardianWrites.updated,
    guardiansUnchanged: guardians - guardianWrites.added - guardianWrites.updated,
    guardiansReturned: guardianWrites.returned,
    guardiansGone: rowsGoneNow(guardiansPresent, guardians, guardianWrites),
    linksAdded: linkWrites.added,
    linksUpdated: linkWrites.updated,
    linksRemoved: schoolLinks - keptLinks,
  };
}

/** The counts of a school's first import: everything is added. */
function firstImportCounts(totals: StagedTotals): RosterImportCounts {
  return {
    ...totals,
    studentsAdded: totals.students,
    studentsUpdated: 0,
    studentsUnchanged: 0,
    studentsReturned: 0,
    studentsGone: 0,
    guardiansAdded: totals.guardians,
    guardiansUpdated: 0,
    guardiansUnchanged: 0,
    guardiansReturned: 0,
    guardiansGone: 0,
    linksAdded: totals.links,
    linksUpdated: 0,
    linksRemoved: 0,
  };
}
