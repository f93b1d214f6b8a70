import type { KioskDatabase } from '../../database/open-database';
import {
  GUARDIAN_DIFFERS,
  LINKS_NOT_STAGED,
  STAGED_GUARDIANS_KEPT,
  STAGED_LINKS_RESOLVED,
  STAGED_STUDENTS_KEPT,
  STUDENT_DIFFERS,
} from './staged-roster-sql';

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
 * Counts what applying the staged roster to school `uai` would do, reading only (the preview).
 * Staging must be checked first (checkStagedRoster drops the links it cannot keep).
 */
export function countStagedRoster(db: KioskDatabase, uai: string): RosterImportCounts {
  const one = (sql: string): number =>
    (db.prepare(`SELECT (${sql}) AS n`).get({ uai }) as { n: number | null }).n ?? 0;

  const totals = countStagedTotals(one);
  const { students, guardians } = totals;
  // A school's first import: every staged row is new, with nothing to look up.
  const schoolKnown = one(`SELECT EXISTS (SELECT 1 FROM students WHERE school_uai = @uai)
    OR EXISTS (SELECT 1 FROM guardians WHERE school_uai = @uai)`);
  if (schoolKnown === 0) return firstImportCounts(totals);
  const studentsAdded = one(`SELECT count(*) FROM stage_students st
    WHERE NOT EXISTS (SELECT 1 FROM students s WHERE s.school_uai = @uai AND s.source_id = st.source_id)`);
  const studentsReturned = one(
    `SELECT count(*) FROM ${STAGED_STUDENTS_KEPT} WHERE s.gone_at IS NOT NULL`,
  );
  const studentsUpdated = one(
    `SELECT count(*) FROM ${STAGED_STUDENTS_KEPT} WHERE s.gone_at IS NOT NULL OR ${STUDENT_DIFFERS}`,
  );
  const guardiansAdded = one(`SELECT count(*) FROM stage_guardians st
    WHERE NOT EXISTS (SELECT 1 FROM guardians g WHERE g.school_uai = @uai AND g.source_id = st.source_id)`);
  const guardiansReturned = one(
    `SELECT count(*) FROM ${STAGED_GUARDIANS_KEPT} WHERE g.gone_at IS NOT NULL`,
  );
  const guardiansUpdated = one(
    `SELECT count(*) FROM ${STAGED_GUARDIANS_KEPT} WHERE g.gone_at IS NOT NULL OR ${GUARDIAN_DIFFERS}`,
  );
  return {
    ...totals,
    studentsAdded,
    studentsUpdated,
    studentsUnchanged: students - studentsAdded - studentsUpdated,
    studentsReturned,
    studentsGone: one(`SELECT count(*) FROM students s
      WHERE s.school_uai = @uai AND s.gone_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM stage_students st WHERE st.source_id = s.source_id)`),
    guardiansAdded,
    guardiansUpdated,
    guardiansUnchanged: guardians - guardiansAdded - guardiansUpdated,
    guardiansReturned,
    guardiansGone: one(`SELECT count(*) FROM guardians g
      WHERE g.school_uai = @uai AND g.gone_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM stage_guardians st WHERE st.source_id = g.source_id)`),
    linksAdded: one(`SELECT count(*) FROM ${STAGED_LINKS_RESOLVED} WHERE gs.guardian_id IS NULL`),
    linksUpdated: one(`SELECT count(*) FROM ${STAGED_LINKS_RESOLVED}
      WHERE gs.guardian_id IS NOT NULL
        AND (gs.legal_level IS NOT l.legal_level OR gs.relation_code IS NOT l.relation_code)`),
    linksRemoved: one(`SELECT count(*) FROM ${LINKS_NOT_STAGED}`),
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
