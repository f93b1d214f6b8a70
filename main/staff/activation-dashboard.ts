import type { ActivationDashboard, ClassActivation } from '../../shared/console-views';
import type { KioskDatabase } from '../database/open-database';

interface LinkRow {
  class_name: string;
  student_id: number;
  student: string;
  guardian_id: number;
  guardian: string;
  activated: number;
}

/**
 * The campaign dashboard: per class, how many legal guardians (level 1, the only ones who
 * activate) have an account that confirmed a child of the class, and the families still to
 * reach. A link counts only once the guardian confirmed it (account_students): an account
 * whose holder answered "Non" for a child does not reach that child, whose family stays to
 * reach. A guardian with children in two
 * classes counts in each class, once in the school's total. People gone from the roster, and
 * students who left (DATE_SORTIE, radié: no activation goes through them), are left out.
 */
export function createActivationDashboard(db: KioskDatabase) {
  const links = db.prepare(
    `SELECT coalesce(s.class_name, '') AS class_name, s.id AS student_id,
            trim(coalesce(s.usage_name, s.family_name) || ' ' || s.first_name) AS student,
            g.id AS guardian_id,
            trim(coalesce(g.usage_name, g.family_name) || ' ' || g.first_name) AS guardian,
            EXISTS (SELECT 1 FROM account_students l
                     WHERE l.account_id = g.account_id AND l.student_id = s.id) AS activated
       FROM guardian_students gs
       JOIN students s ON s.id = gs.student_id
       JOIN guardians g ON g.id = gs.guardian_id
      WHERE gs.legal_level = 1 AND s.enrolled = 1 AND s.gone_at IS NULL AND g.gone_at IS NULL
      ORDER BY class_name, s.family_name, s.first_name, s.id, g.family_name, g.first_name, g.id`,
  );

  return function readDashboard(): ActivationDashboard {
    const classes = new Map<
      string,
      {
        guardians: Map<number, boolean>;
        pending: Map<number, { student: string; guardians: string[] }>;
      }
    >();
    const everyone = new Map<number, boolean>();
    for (const row of links.all() as LinkRow[]) {
      let entry = classes.get(row.class_name);
      if (!entry) {
        entry = { guardians: new Map(), pending: new Map() };
        classes.set(row.class_name, entry);
      }
      // Reached in a class (or the school) through any one confirmed link there.
      const confirmed = row.activated === 1;
      entry.guardians.set(
        row.guardian_id,
        confirmed || entry.guardians.get(row.guardian_id) === true,
      );
      everyone.set(row.guardian_id, confirmed || everyone.get(row.guardian_id) === true);
      if (row.activated === 0) {
        const family = entry.pending.get(row.student_id) ?? { student: row.student, guardians: [] };
        family.guardians.push(row.guardian);
        entry.pending.set(row.student_id, family);
      }
    }
    const activatedIn = (guardians: Map<number, boolean>) =>
      [...guardians.values()].filter(Boolean).length;
    const perClass: ClassActivation[] = [...classes.entries()].map(([className, entry]) => ({
      className,
      legalGuardians: entry.guardians.size,
      activated: activatedIn(entry.guardians),
      pendingFamilies: [...entry.pending.values()],
    }));
    return { legalGuardians: everyone.size, activated: activatedIn(everyone), classes: perClass };
  };
}
