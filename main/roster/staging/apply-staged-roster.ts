import type { KioskDatabase } from '../../database/open-database';
import type { RosterImportCounts, StagedTotals } from './count-staged-roster';
import {
  GUARDIAN_DIFFERS,
  LINKS_NOT_STAGED,
  STAGED_GUARDIANS_KEPT,
  STAGED_STUDENTS_KEPT,
  STUDENT_DIFFERS,
} from './staged-roster-sql';

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
 */
export function applyStagedRoster(
  db: KioskDatabase,
  uai: string,
  now: Date,
  totals: StagedTotals,
): AppliedRosterCounts {
  const at = now.toISOString();
  const run = (sql: string) => db.prepare(sql).run({ uai, at }).changes;
  const one = (sql: string): number =>
    (db.prepare(`SELECT (${sql}) AS n`).get({ uai }) as { n: number | null }).n ?? 0;

  // Students. Rows gone are marked before new ones are added: a first import then looks none
  // of its rows up in the staging again. Rows kept are updated, then the rest inserted: the
  // table's own unique key tells which (ON CONFLICT), with no second lookup per row.
  const studentsReturned = one(
    `SELECT count(*) FROM ${STAGED_STUDENTS_KEPT} WHERE s.gone_at IS NOT NULL`,
  );
  const studentsGone = run(`UPDATE students SET gone_at = @at
    WHERE school_uai = @uai AND gone_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM stage_students st WHERE st.source_id = students.source_id)`);
  const studentsUpdated = run(`UPDATE students AS s
      SET family_name = st.family_name, usage_name = st.usage_name, first_name = st.first_name,
          birth_date = st.birth_date, class_name = c.class_name, enrolled = st.enrolled,
          gone_at = NULL
     FROM stage_students st LEFT JOIN stage_classes c ON c.student_source_id = st.source_id
    WHERE s.school_uai = @uai AND s.source_id = st.source_id
      AND (s.gone_at IS NOT NULL OR ${STUDENT_DIFFERS})`);
  const studentsAdded = run(`INSERT INTO students
      (school_uai, source_id, family_name, usage_name, first_name, birth_date, class_name, enrolled)
    SELECT @uai, st.source_id, st.family_name, st.usage_name, st.first_name, st.birth_date,
           c.class_name, st.enrolled
      FROM stage_students st LEFT JOIN stage_classes c ON c.student_source_id = st.source_id
     WHERE true
    ON CONFLICT (school_uai, source_id) DO NOTHING`);

  // Guardians; a returning guardian's account is enabled again before the row is un-gone.
  const guardiansReturned = one(
    `SELECT count(*) FROM ${STAGED_GUARDIANS_KEPT} WHERE g.gone_at IS NOT NULL`,
  );
  const accountsEnabled = run(`UPDATE accounts SET disabled_at = NULL
    WHERE disabled_at IS NOT NULL
      AND id IN (SELECT g.account_id FROM ${STAGED_GUARDIANS_KEPT}
                  WHERE g.gone_at IS NOT NULL AND g.account_id IS NOT NULL)`);
  const guardiansGone = run(`UPDATE guardians SET gone_at = @at
    WHERE school_uai = @uai AND gone_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM stage_guardians st WHERE st.source_id = guardians.source_id)`);
  const guardiansUpdated = run(`UPDATE guardians AS g
      SET civility = st.civility, family_name = st.family_name, usage_name = st.usage_name,
          first_name = st.first_name, mobile_e164 = st.mobile_e164,
          family_name_key = st.family_name_key, usage_name_key = st.usage_name_key,
          first_name_key = st.first_name_key, gone_at = NULL
     FROM stage_guardians st
    WHERE g.school_uai = @uai AND g.source_id = st.source_id
      AND (g.gone_at IS NOT NULL OR ${GUARDIAN_DIFFERS})`);
  const guardiansAdded = run(`INSERT INTO guardians
      (school_uai, source_id, civility, family_name, usage_name, first_name, mobile_e164,
       family_name_key, usage_name_key, first_name_key)
    SELECT @uai, st.source_id, st.civility, st.family_name, st.usage_name, st.first_name,
           st.mobile_e164, st.family_name_key, st.usage_name_key, st.first_name_key
      FROM stage_guardians st
     WHERE true
    ON CONFLICT (school_uai, source_id) DO NOTHING`);
  // The same person may be known in another school still: only an account left with no
  // present guardian row is disabled. No guardian gone now, no school's guardians to go through.
  const accountsDisabled =
    guardiansGone === 0
      ? 0
      : run(`UPDATE accounts SET disabled_at = @at
    WHERE disabled_at IS NULL
      AND id IN (SELECT account_id FROM guardians
                  WHERE school_uai = @uai AND gone_at = @at AND account_id IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM guardians g WHERE g.account_id = accounts.id AND g.gone_at IS NULL)`);

  // Links: a first import (no link yet) only inserts.
  const hadLinks =
    one(`SELECT EXISTS (SELECT 1 FROM guardian_students gs
           JOIN guardians g ON g.id = gs.guardian_id WHERE g.school_uai = @uai)`) === 1;
  // CROSS JOIN fixes the order: the staged link drives, each end found by its unique index.
  // Left to itself the planner may pair every guardian of the school with every student.
  const resolvedLinks = `stage_links l
    CROSS JOIN guardians g ON g.school_uai = @uai AND g.source_id = l.guardian_source_id
    CROSS JOIN students s ON s.school_uai = @uai AND s.source_id = l.student_source_id`;
  const linksRemoved = hadLinks
    ? run(`DELETE FROM guardian_students WHERE (guardian_id, student_id) IN
             (SELECT gs.guardian_id, gs.student_id FROM ${LINKS_NOT_STAGED})`)
    : 0;
  // The changed links are found first, driven by the staged ones (each end, then the link, by
  // its unique index), then updated by key. An UPDATE … FROM joins the updated table as one
  // of its loops: the planner then put it inside the staged links' loop and read every link of
  // the kiosk for each staged one (quadratic: minutes for a school's weekly re-import).
  const linksUpdated = hadLinks
    ? run(`WITH changed AS MATERIALIZED (
             SELECT g.id AS guardian_id, s.id AS student_id, l.legal_level, l.relation_code
               FROM ${resolvedLinks}
               CROSS JOIN guardian_students gs ON gs.guardian_id = g.id AND gs.student_id = s.id
              WHERE gs.legal_level IS NOT l.legal_level OR gs.relation_code IS NOT l.relation_code)
           UPDATE guardian_students AS gs
              SET legal_level = changed.legal_level, relation_code = changed.relation_code
             FROM changed
            WHERE gs.guardian_id = changed.guardian_id AND gs.student_id = changed.student_id`)
    : 0;
  const linksAdded = run(`INSERT INTO guardian_students
      (guardian_id, student_id, legal_level, relation_code)
    SELECT g.id, s.id, l.legal_level, l.relation_code FROM ${resolvedLinks}
     WHERE true
    ON CONFLICT (guardian_id, student_id) DO NOTHING`);

  const { students, guardians } = totals;
  return {
    ...totals,
    studentsAdded,
    studentsUpdated,
    studentsUnchanged: students - studentsAdded - studentsUpdated,
    studentsReturned,
    studentsGone,
    guardiansAdded,
    guardiansUpdated,
    guardiansUnchanged: guardians - guardiansAdded - guardiansUpdated,
    guardiansReturned,
    guardiansGone,
    linksAdded,
    linksUpdated,
    linksRemoved,
    accountsDisabled,
    accountsEnabled,
  };
}
