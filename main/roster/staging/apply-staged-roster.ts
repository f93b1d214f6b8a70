import type { KioskDatabase } from '../../database/open-database';
import { rowsGoneNow, type RosterImportCounts, type StagedTotals } from './count-staged-roster';
import {
  GUARDIAN_COLUMNS,
  LINKS_NOT_STAGED,
  presentRowsOf,
  SCHOOL_LINKS,
  STAGED_GUARDIAN_VALUES,
  STAGED_STUDENT_VALUES,
  STUDENT_COLUMNS,
} from './staged-roster-sql';
import {
  notedLinkWrites,
  notedPeopleWrites,
  noteLinkWrites,
  notePeopleWrites,
  PEOPLE_NOTES,
  takeRosterNotes,
  type PeopleTable,
  type RowWrites,
} from './staged-write-notes';

export interface AppliedRosterCounts extends RosterImportCounts {
  /** Accounts whose every guardian row is now gone: they can no longer log in (S-DATA-2). */
  accountsDisabled: number;
  /** Accounts disabled earlier whose guardian is back in the roster. */
  accountsEnabled: number;
}

/**
 * Makes school `uai`'s students, guardians and links the staged roster's, set by set in SQL,
 * writing only rows that differ. Call inside the import's transaction, after checkStagedRoster,
 * with the staging's totals as countStagedRoster gave them.
 * People absent from the roster are marked gone (gone_at = now), not deleted, and their links
 * removed; people back are un-gone. Accounts are never written except disabled_at: an account's
 * identifier, password and login counters are the kiosk's, never an import's.
 * The rows to write (new, back or changed) are those the preview noted (staged-write-notes.ts)
 * when nothing has written the roster since; otherwise each staged set is read once more to note
 * them. They are then written by key: re-importing an unchanged export reads no staged set
 * again and writes nothing, and costs less than the first import.
 */
export function applyStagedRoster(
  db: KioskDatabase,
  uai: string,
  now: Date,
  totals: StagedTotals,
): AppliedRosterCounts {
  const at = now.toISOString();
  // The writes are OR FAIL: a constraint broken mid-statement stops it without undoing the
  // statement's earlier rows, which the import's transaction then rolls back with everything
  // else. SQLite then keeps no statement journal: by default (OR ABORT) every statement that
  // may write several rows first copies each page it changes to a temp file, to undo that
  // statement alone; a re-import changing rows all over the roster copied most of the database.
  const run = (sql: string) => db.prepare(sql).run({ uai, at }).changes;
  const one = (sql: string): number =>
    (db.prepare(`SELECT (${sql}) AS n`).get({ uai }) as { n: number | null }).n ?? 0;
  // Taken before the first write: the notes describe the roster as the apply finds it, and so
  // do the preview's counts of it, which the apply then need not take again.
  const noted = takeRosterNotes(db);
  const notesHold = noted !== null;
  const rowsToWrite = (people: PeopleTable): RowWrites =>
    notesHold ? notedPeopleWrites(db, people) : notePeopleWrites(db, uai, people);
  const presentRows = (people: PeopleTable): number =>
    noted === null
      ? one(presentRowsOf(people))
      : people === 'students'
        ? noted.studentsPresent
        : noted.guardiansPresent;
  // Writes a known school's rows of `people` as the export has them, in ONE pass over the
  // table in row id order: the rows gone now (gone_at set), then changed or back (the noted
  // values), each read and written once. Marking the gone in a pass of their own dirtied a third
  // of the table's pages, which the next pass read and dirtied again after SQLite's cache had
  // spilled them into the WAL: a page written twice into the WAL in one transaction makes the
  // commit re-read and re-checksum every frame written after it. Returns how many rows went.
  const writePeople = (people: PeopleTable, staged: number, written: RowWrites): number => {
    const { writes, columns } = PEOPLE_NOTES[people];
    const goneNow = rowsGoneNow(presentRows(people), staged, written);
    let goneMarked = 0;
    // New rows first: they go at the end of the table and of its indexes, and a mobile
    // index's new entries sit next to those the pass below inserts; written after the pass,
    // they would land on pages the cache had already spilled into the WAL.
    if (written.added > 0) {
      const notedValues = columns
        .split(',')
        .map((column) => `n.${column.trim()}`)
        .join(', ');
      run(`INSERT OR FAIL INTO ${people} (school_uai, source_id, ${columns})
        SELECT @uai, n.source_id, ${notedValues} FROM temp.${writes} n WHERE n.kiosk_id IS NULL`);
    }
    if (goneNow + written.updated > 0) {
      db.exec(`DROP TABLE IF EXISTS temp.stage_rewrites;
        CREATE TEMP TABLE stage_rewrites (kiosk_id INTEGER PRIMARY KEY, source_id TEXT)`);
      run(`INSERT INTO temp.stage_rewrites (kiosk_id, source_id)
        SELECT kiosk_id, source_id FROM temp.${writes} WHERE kiosk_id IS NOT NULL`);
      if (goneNow > 0) {
        // The school's ids absent from the export (source_id NULL: gone), found by merging two
        // sorted lists: the school's unique (school_uai, source_id) index and the staging's
        // primary key, each read once in order (MERGE (EXCEPT)), rather than one staging
        // lookup per school row. Rows gone already are left as they are below.
        run(`INSERT INTO temp.stage_rewrites (kiosk_id, source_id)
          SELECT id, NULL FROM ${people} WHERE school_uai = @uai AND source_id IN (
            SELECT source_id FROM ${people} WHERE school_uai = @uai
            EXCEPT SELECT source_id FROM ${PEOPLE_NOTES[people].staged}
            ORDER BY 1)`);
      }
      const values = columns
        .split(',')
        // A row gone keeps its values: only gone_at changes.
        .map((column) => `iif(r.source_id IS NULL, t.${column.trim()}, n.${column.trim()})`)
        .join(', ');
      const rewritten = run(`UPDATE OR FAIL ${people} AS t
          SET (${columns}, gone_at) = (${values}, iif(r.source_id IS NULL, @at, NULL))
         FROM temp.stage_rewrites r LEFT JOIN temp.${writes} n ON n.source_id = r.source_id
        WHERE t.id = r.kiosk_id AND (r.source_id IS NOT NULL OR t.gone_at IS NULL)`);
      db.exec('DROP TABLE temp.stage_rewrites');
      // Every noted row is there (the notes hold, or were taken again in this transaction).
      goneMarked = rewritten - written.updated;
    }
    return goneMarked;
  };

  // Students. A school's first import inserts every staged row with nothing to look up.
  const studentsKnown = one('SELECT EXISTS (SELECT 1 FROM students WHERE school_uai = @uai)');
  let students: RowWrites = { added: totals.students, updated: 0, returned: 0 };
  let studentsGone = 0;
  if (studentsKnown === 0) {
    run(`INSERT OR FAIL INTO students (school_uai, source_id, ${STUDENT_COLUMNS})
      SELECT @uai, st.source_id, ${STAGED_STUDENT_VALUES}
        FROM stage_students st LEFT JOIN stage_classes c ON c.student_source_id = st.source_id`);
  } else {
    students = rowsToWrite('students');
    studentsGone = writePeople('students', totals.students, students);
  }

  // Guardians, the same way; a returning guardian's account is enabled again before the row
  // is un-gone.
  const guardiansKnown = one('SELECT EXISTS (SELECT 1 FROM guardians WHERE school_uai = @uai)');
  let guardians: RowWrites = { added: totals.guardians, updated: 0, returned: 0 };
  let guardiansGone = 0;
  let accountsEnabled = 0;
  if (guardiansKnown === 0) {
    run(`INSERT OR FAIL INTO guardians (school_uai, source_id, ${GUARDIAN_COLUMNS})
      SELECT @uai, st.source_id, ${STAGED_GUARDIAN_VALUES} FROM stage_guardians st`);
  } else {
    guardians = rowsToWrite('guardians');
    if (guardians.returned > 0) {
      accountsEnabled = run(`UPDATE OR FAIL accounts SET disabled_at = NULL
        WHERE disabled_at IS NOT NULL
          AND id IN (SELECT g.account_id FROM temp.stage_guardian_writes gw
                       CROSS JOIN guardians g ON g.id = gw.kiosk_id
                      WHERE gw.returned = 1 AND g.account_id IS NOT NULL)`);
    }
    guardiansGone = writePeople('guardians', totals.guardians, guardians);
  }
  // The same person may be known in another school still: only an account left with no
  // present guardian row is disabled. No guardian gone now, no school's guardians to go through.
  const accountsDisabled =
    guardiansGone === 0
      ? 0
      : run(`UPDATE OR FAIL accounts SET disabled_at = @at
    WHERE disabled_at IS NULL
      AND id IN (SELECT account_id FROM guardians
                  WHERE school_uai = @uai AND gone_at = @at AND account_id IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM guardians g WHERE g.account_id = accounts.id AND g.gone_at IS NULL)`);

  // Links, now that every staged person has a row. A first import (no link yet) only inserts.
  // CROSS JOIN fixes the order: the staged link drives, each end found by its unique index.
  // Left to itself the planner may pair every guardian of the school with every student.
  const resolvedLinks = `stage_links l
    CROSS JOIN guardians g ON g.school_uai = @uai AND g.source_id = l.guardian_source_id
    CROSS JOIN students s ON s.school_uai = @uai AND s.source_id = l.student_source_id`;
  // Writing people above added or removed no link: the school's links are the preview's.
  const schoolLinks = noted?.schoolLinks ?? one(SCHOOL_LINKS);
  let linksAdded = 0;
  let linksUpdated = 0;
  let linksRemoved = 0;
  if (schoolLinks === 0) {
    linksAdded = run(`INSERT OR FAIL INTO guardian_students
        (guardian_id, student_id, legal_level, relation_code)
      SELECT g.id, s.id, l.legal_level, l.relation_code FROM ${resolvedLinks}`);
  } else {
    // The noted links' ends, found by the export's ids: every staged person has a row now.
    const linkNotes = notesHold ? notedLinkWrites(db) : noteLinkWrites(db, uai);
    db.exec(`CREATE TEMP TABLE stage_link_writes (
      guardian_id INTEGER NOT NULL, student_id INTEGER NOT NULL, legal_level INTEGER NOT NULL,
      relation_code TEXT, added INTEGER NOT NULL,
      PRIMARY KEY (guardian_id, student_id)) WITHOUT ROWID`);
    if (linkNotes.added + linkNotes.updated > 0) {
      run(`INSERT INTO temp.stage_link_writes
          (guardian_id, student_id, legal_level, relation_code, added)
        SELECT g.id, s.id, n.legal_level, n.relation_code, n.added
          FROM temp.stage_link_notes n
          CROSS JOIN guardians g ON g.school_uai = @uai AND g.source_id = n.guardian_source_id
          CROSS JOIN students s ON s.school_uai = @uai AND s.source_id = n.student_source_id`);
    }
    const toAdd = linkNotes.added;
    const toRemove = schoolLinks - (totals.links - toAdd);
    // Most links removed are those of the people gone now, found by the index of gone rows.
    // Only when the export also dropped links between people still there are all the school's
    // links gone through.
    const ofPeopleGoneNow = `SELECT gs.guardian_id, gs.student_id
        FROM guardians g CROSS JOIN guardian_students gs ON gs.guardian_id = g.id
       WHERE g.school_uai = @uai AND g.gone_at = @at
      UNION
      SELECT gs.guardian_id, gs.student_id
        FROM students s CROSS JOIN guardian_students gs ON gs.student_id = s.id
       WHERE s.school_uai = @uai AND s.gone_at = @at`;
    const onlyOfPeopleGoneNow =
      toRemove > 0 &&
      (
        db.prepare(`SELECT count(*) AS n FROM (${ofPeopleGoneNow})`).get({ uai, at }) as {
          n: number;
        }
      ).n === toRemove;
    if (onlyOfPeopleGoneNow) {
      // By each end's index, from the people gone now: a DELETE matching (guardian_id,
      // student_id) pairs against the list would read every link of the kiosk.
      linksRemoved =
        run(`DELETE FROM guardian_students WHERE guardian_id IN
          (SELECT id FROM guardians WHERE school_uai = @uai AND gone_at = @at)`) +
        run(`DELETE FROM guardian_students WHERE student_id IN
          (SELECT id FROM students WHERE school_uai = @uai AND gone_at = @at)`);
    } else if (toRemove > 0) {
      linksRemoved = run(`DELETE FROM guardian_students WHERE (guardian_id, student_id) IN
        (SELECT gs.guardian_id, gs.student_id FROM ${LINKS_NOT_STAGED})`);
    }
    // The changed links, found above, are updated by key.
    linksUpdated = run(`UPDATE OR FAIL guardian_students AS gs
        SET legal_level = lw.legal_level, relation_code = lw.relation_code
       FROM temp.stage_link_writes lw
      WHERE lw.added = 0 AND gs.guardian_id = lw.guardian_id AND gs.student_id = lw.student_id`);
    linksAdded = run(`INSERT OR FAIL INTO guardian_students
        (guardian_id, student_id, legal_level, relation_code)
      SELECT guardian_id, student_id, legal_level, relation_code
        FROM temp.stage_link_writes WHERE added = 1`);
  }

  return {
    ...totals,
    studentsAdded: students.added,
    studentsUpdated: students.updated,
    studentsUnchanged: totals.students - students.added - students.updated,
    studentsReturned: students.returned,
    studentsGone,
    guardiansAdded: guardians.added,
    guardiansUpdated: guardians.updated,
    guardiansUnchanged: totals.guardians - guardians.added - guardians.updated,
    guardiansReturned: guardians.returned,
    guardiansGone,
    linksAdded,
    linksUpdated,
    linksRemoved,
    accountsDisabled,
    accountsEnabled,
  };
}
