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
 * activate) have an account, and the families still to reach. A guardian with children in two
 * classes counts in each class, once in the school's total. People gone from the roster, and
 * students who left (DATE_SORTIE, radié: no activation goes through them), are left out.
 */
export function createActivationDashboard(db: KioskDatabase) {
  const links = db.prepare(
    `SELECT coalesce(s.class_name, '') AS class_name, s.id AS student_id,
            trim(coalesce(s.usage_name, s.family_name) || ' ' || s.first_name) AS student,
            g.id AS guardian_id,
            trim(coalesce(g.usage_name, g.family_name) || ' ' || g.first_name) AS guardian,
            (g.account_id IS NOT NULL) AS activated
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
      entry.guardians.set(row.guardian_id, row.activated === 1);
      everyone.set(row.guardian_id, row.activated === 1);
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
