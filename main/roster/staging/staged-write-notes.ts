// The rows a re-import writes (new, back or changed), noted by the preview in TEMP tables as it
// counts them, with the staged values it compared them on, so that the apply writes them by
// key without reading the staged sets again: a staged row looked up in the staging files costs
// a page read of a file the apply would otherwise not read at all.
// The notes hold only while the school's roster is what the preview read: TEMP triggers count
// this connection's roster writes since, and PRAGMA data_version tells whether another
// connection committed; the apply checks both inside its transaction (the write lock held) and
// notes again otherwise.
import type { KioskDatabase } from '../../database/open-database';
import {
  GUARDIAN_COLUMNS,
  GUARDIAN_TO_WRITE,
  LINK_TO_WRITE,
  STAGED_GUARDIANS_MATCHED,
  STAGED_LINKS_RESOLVED,
  STAGED_GUARDIAN_VALUES,
  STAGED_STUDENT_VALUES,
  STAGED_STUDENTS_MATCHED,
  STUDENT_COLUMNS,
  STUDENT_TO_WRITE,
} from './staged-roster-sql';

/** What writing one kind of row (students or guardians) does, as the preview and the apply count it. */
export interface RowWrites {
  added: number;
  updated: number;
  returned: number;
}

export type PeopleTable = 'students' | 'guardians';

export const PEOPLE_NOTES: Record<
  PeopleTable,
  {
    staged: string;
    writes: string;
    matched: string;
    toWrite: string;
    alias: 's' | 'g';
    /** The roster columns an import writes, as the notes hold them (named as in the table). */
    columns: string;
    /** Their values in the matched staging (st, and c: a student's class). */
    stagedValues: string;
    /** The notes' columns for them. */
    noteColumns: string;
  }
> = {
  students: {
    staged: 'stage_students',
    writes: 'stage_student_writes',
    matched: STAGED_STUDENTS_MATCHED,
    toWrite: STUDENT_TO_WRITE,
    alias: 's',
    columns: STUDENT_COLUMNS,
    stagedValues: STAGED_STUDENT_VALUES,
    noteColumns: `family_name TEXT NOT NULL, usage_name TEXT, first_name TEXT NOT NULL,
      birth_date TEXT NOT NULL, class_name TEXT, enrolled INTEGER NOT NULL`,
  },
  guardians: {
    staged: 'stage_guardians',
    writes: 'stage_guardian_writes',
    matched: STAGED_GUARDIANS_MATCHED,
    toWrite: GUARDIAN_TO_WRITE,
    alias: 'g',
    columns: GUARDIAN_COLUMNS,
    stagedValues: STAGED_GUARDIAN_VALUES,
    noteColumns: `civility TEXT, family_name TEXT NOT NULL, usage_name TEXT,
      first_name TEXT NOT NULL, mobile_e164 TEXT, family_name_key TEXT NOT NULL,
      usage_name_key TEXT, first_name_key TEXT NOT NULL`,
  },
};

/** The TEMP tables and triggers of the notes, dropped with the staging. */
export const NOTE_TABLES = [
  'stage_student_writes',
  'stage_guardian_writes',
  'stage_link_notes',
  'stage_notes_state',
];

// The columns the notes were read from: a write to any of them by this connection makes the
// notes stale. An account, a secret counter or a lock written meanwhile (a parent activating)
// does not.
const WATCHED: Record<string, string> = {
  students: `school_uai, source_id, family_name, usage_name, first_name, birth_date, class_name,
    enrolled, gone_at`,
  guardians: `school_uai, source_id, civility, family_name, usage_name, first_name, mobile_e164,
    family_name_key, usage_name_key, first_name_key, gone_at`,
  guardian_students: 'guardian_id, student_id, legal_level, relation_code',
};
const EVENTS = ['INSERT', 'DELETE', 'UPDATE'] as const;
export const NOTE_TRIGGERS = Object.keys(WATCHED).flatMap((table) =>
  EVENTS.map((event) => `stage_notes_${table}_${event.toLowerCase()}`),
);

const bind = (db: KioskDatabase, uai: string) => ({
  run: (sql: string) => db.prepare(sql).run({ uai }).changes,
  writes: (sql: string): RowWrites => {
    const row = db.prepare(sql).get() as Record<keyof RowWrites, number | null>;
    return { added: row.added ?? 0, updated: row.updated ?? 0, returned: row.returned ?? 0 };
  },
});

/**
 * Notes school `uai`'s staged rows of one table that must be written, with the kiosk's row id
 * (NULL: new), whether the row comes back from gone and the staged values, in one pass; returns
 * how many of each.
 */
export function notePeopleWrites(db: KioskDatabase, uai: string, people: PeopleTable): RowWrites {
  const {
    writes: table,
    matched,
    toWrite,
    alias,
    columns,
    stagedValues,
    noteColumns,
  } = PEOPLE_NOTES[people];
  const { run, writes } = bind(db, uai);
  db.exec(`DROP TABLE IF EXISTS temp.${table}`);
  db.exec(`CREATE TEMP TABLE ${table} (
    source_id TEXT PRIMARY KEY, kiosk_id INTEGER, returned INTEGER NOT NULL,
    ${noteColumns}) WITHOUT ROWID`);
  run(`INSERT INTO temp.${table} (source_id, kiosk_id, returned, ${columns})
    SELECT st.source_id, ${alias}.id, ${alias}.gone_at IS NOT NULL, ${stagedValues}
      FROM ${matched} WHERE ${toWrite}`);
  return writes(`SELECT count(*) - count(kiosk_id) AS added, count(kiosk_id) AS updated,
      sum(returned) AS returned FROM temp.${table}`);
}

/** How many of each the notes of `people` hold (the preview noted them). */
export function notedPeopleWrites(db: KioskDatabase, people: PeopleTable): RowWrites {
  return bind(db, '').writes(`SELECT count(*) - count(kiosk_id) AS added,
      count(kiosk_id) AS updated, sum(returned) AS returned FROM temp.${PEOPLE_NOTES[people].writes}`);
}

/**
 * Notes the staged links to write (new, or responsibility changed) by the export's ids: a new
 * person's links are new whatever id the apply gives the person. Returns how many of each.
 */
export function noteLinkWrites(db: KioskDatabase, uai: string): RowWrites {
  const { run } = bind(db, uai);
  db.exec('DROP TABLE IF EXISTS temp.stage_link_notes');
  db.exec(`CREATE TEMP TABLE stage_link_notes (
    guardian_source_id TEXT NOT NULL, student_source_id TEXT NOT NULL,
    legal_level INTEGER NOT NULL, relation_code TEXT, added INTEGER NOT NULL,
    PRIMARY KEY (guardian_source_id, student_source_id)) WITHOUT ROWID`);
  run(`INSERT INTO temp.stage_link_notes
      (guardian_source_id, student_source_id, legal_level, relation_code, added)
    SELECT l.guardian_source_id, l.student_source_id, l.legal_level, l.relation_code,
           gs.guardian_id IS NULL
      FROM ${STAGED_LINKS_RESOLVED} WHERE ${LINK_TO_WRITE}`);
  return notedLinkWrites(db);
}

export function notedLinkWrites(db: KioskDatabase): RowWrites {
  return bind(db, '').writes(`SELECT sum(added) AS added, count(*) - sum(added) AS updated,
      0 AS returned FROM temp.stage_link_notes`);
}

/**
 * What the preview counted of the school's roster as it was (not of the export): while the
 * notes hold, the apply finds the same and need not count it again (counting the school's links
 * alone reads all of them).
 */
export interface NotedRoster {
  schoolLinks: number;
  studentsPresent: number;
  guardiansPresent: number;
}

/**
 * Starts watching the roster for writes that would make the notes stale: called by the preview
 * once its notes are taken, with what it counted of the roster.
 */
export function watchNotedRoster(db: KioskDatabase, roster: NotedRoster): void {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  db.exec(`DROP TABLE IF EXISTS temp.stage_notes_state;
    CREATE TEMP TABLE stage_notes_state (roster_writes INTEGER NOT NULL, data_version INTEGER NOT NULL,
      school_links INTEGER NOT NULL, students_present INTEGER NOT NULL,
      guardians_present INTEGER NOT NULL)`);
  db.prepare('INSERT INTO temp.stage_notes_state VALUES (0, ?, ?, ?, ?)').run(
    dataVersion,
    roster.schoolLinks,
    roster.studentsPresent,
    roster.guardiansPresent,
  );
  for (const [table, columns] of Object.entries(WATCHED)) {
    for (const event of EVENTS) {
      const on = event === 'UPDATE' ? `UPDATE OF ${columns}` : event;
      db.exec(`CREATE TEMP TRIGGER stage_notes_${table}_${event.toLowerCase()}
        AFTER ${on} ON main.${table}
        BEGIN UPDATE temp.stage_notes_state SET roster_writes = roster_writes + 1; END`);
    }
  }
}

/**
 * What the preview counted of the roster when its notes still describe it, else null; stops
 * watching the roster. Call inside the apply's transaction, before its first roster write:
 * nothing can write the roster after that.
 */
export function takeRosterNotes(db: KioskDatabase): NotedRoster | null {
  dropNoteTriggers(db);
  // No state: the preview took no notes (a school's first import) or they were dropped.
  const watched = db
    .prepare("SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = 'stage_notes_state'")
    .get();
  if (watched === undefined) return null;
  const state = db
    .prepare(
      `SELECT roster_writes, data_version, school_links, students_present, guardians_present
         FROM temp.stage_notes_state`,
    )
    .get() as
    | {
        roster_writes: number;
        data_version: number;
        school_links: number;
        students_present: number;
        guardians_present: number;
      }
    | undefined;
  if (state === undefined) return null;
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  if (state.roster_writes !== 0 || state.data_version !== dataVersion) return null;
  return {
    schoolLinks: state.school_links,
    studentsPresent: state.students_present,
    guardiansPresent: state.guardians_present,
  };
}

export function dropNoteTriggers(db: KioskDatabase): void {
  for (const trigger of NOTE_TRIGGERS) db.exec(`DROP TRIGGER IF EXISTS temp.${trigger}`);
}
