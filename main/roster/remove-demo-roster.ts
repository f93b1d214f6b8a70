import type { KioskDatabase } from '../database/open-database';

/**
 * Deletes the bundled demo school and everything that hangs off it: its students, guardians,
 * links, wrong-link reports, the accounts created by demo guardians (when no real guardian
 * shares them), and every flow. Call inside the import's transaction. Returns whether anything
 * was removed.
 */
export function removeDemoRoster(db: KioskDatabase): boolean {
  const demoSchools = db.prepare("SELECT uai FROM schools WHERE source = 'demo'").all() as {
    uai: string;
  }[];
  if (demoSchools.length === 0) return false;
  const demoAccountIds = (
    db
      .prepare(
        `SELECT DISTINCT g.account_id AS id FROM guardians g
         JOIN schools s ON s.uai = g.school_uai AND s.source = 'demo'
         WHERE g.account_id IS NOT NULL
           AND NOT EXISTS (
             SELECT 1 FROM guardians o JOIN schools os ON os.uai = o.school_uai
             WHERE o.account_id = g.account_id AND os.source <> 'demo')`,
      )
      .all() as { id: string }[]
  ).map((row) => row.id);

  // In demo mode every flow ran against the demo roster; none may carry on against real data.
  db.prepare('DELETE FROM flows').run();
  const deleteReports = db.prepare(
    `DELETE FROM wrong_link_reports
     WHERE guardian_id IN (SELECT id FROM guardians WHERE school_uai = ?)
        OR student_id IN (SELECT id FROM students WHERE school_uai = ?)`,
  );
  const deleteAccountStudents = db.prepare(
    'DELETE FROM account_students WHERE student_id IN (SELECT id FROM students WHERE school_uai = ?)',
  );
  const deleteGuardians = db.prepare('DELETE FROM guardians WHERE school_uai = ?'); // links cascade
  const deleteStudents = db.prepare('DELETE FROM students WHERE school_uai = ?');
  const deleteSchool = db.prepare('DELETE FROM schools WHERE uai = ?');
  for (const { uai } of demoSchools) {
    deleteReports.run(uai, uai);
    deleteAccountStudents.run(uai);
    deleteGuardians.run(uai);
    deleteStudents.run(uai);
    deleteSchool.run(uai);
  }
  const deleteAccountLinks = db.prepare('DELETE FROM account_students WHERE account_id = ?');
  const deleteAccount = db.prepare('DELETE FROM accounts WHERE id = ?');
  for (const id of demoAccountIds) {
    deleteAccountLinks.run(id);
    deleteAccount.run(id);
  }
  return true;
}
