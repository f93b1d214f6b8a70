// The weekly case (issue 11): a school re-imports its SIECLE export over last week's roster,
// unchanged, or with 5% of its students and guardians changed, 1% gone and 1% new. The result
// must be exactly what the export says, with accounts kept.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import type { Clock } from '../../../main/platform/clock';
import { applyRosterImport, previewRosterImport } from '../../../main/roster/roster-import';
import { fingerprintDatabase } from './db-fingerprint';
import {
  expectedChanges,
  LAST_WEEK,
  NEXT_WEEK,
  THIS_WEEK,
  weekContents,
  writeWeeklyExports,
  type WeeklyExports,
} from './weekly-exports';

let exports: WeeklyExports;
beforeAll(async () => {
  exports = await writeWeeklyExports(2_000);
});

let db: KioskDatabase;
beforeEach(async () => {
  db = openDatabase(':memory:');
  await importFiles(exports.first, LAST_WEEK);
  // Parents of the first 200 guardians (among them some who leave this week) have activated.
  db.prepare(
    `INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at)
     SELECT 'acc-' || source_id, 'parent.' || source_id, first_name, 'scrypt$' || source_id,
            'then', 'then'
       FROM guardians ORDER BY source_id LIMIT 200`,
  ).run();
  db.prepare(
    "UPDATE guardians SET account_id = 'acc-' || source_id WHERE 'acc-' || source_id IN (SELECT id FROM accounts)",
  ).run();
});
afterEach(() => db.close());

async function importFiles(paths: string[], clock: Clock) {
  const preview = await previewRosterImport(db, { kind: 'files', paths });
  if (!preview.importable) throw new Error(JSON.stringify(preview.problems));
  return { preview, summary: applyRosterImport(db, preview.token, { clock, actor: 'test' }) };
}

const rowsOf = (table: 'students' | 'guardians') =>
  new Map(
    (
      db.prepare(`SELECT source_id, gone_at FROM ${table}`).all() as Array<{
        source_id: string;
        gone_at: string | null;
      }>
    ).map((row) => [row.source_id, row.gone_at]),
  );
const linksInDatabase = () =>
  new Set(
    (
      db
        .prepare(
          `SELECT g.source_id || '/' || s.source_id AS pair FROM guardian_students gs
             JOIN guardians g ON g.id = gs.guardian_id JOIN students s ON s.id = gs.student_id`,
        )
        .all() as Array<{ pair: string }>
    ).map((row) => row.pair),
  );
const accounts = () =>
  db
    .prepare(
      `SELECT a.id, a.identifier, a.password_hash, a.disabled_at, g.source_id
         FROM accounts a JOIN guardians g ON g.account_id = a.id ORDER BY a.id`,
    )
    .all() as Array<{
    id: string;
    identifier: string;
    password_hash: string;
    disabled_at: string | null;
    source_id: string;
  }>;

describe('re-importing last week’s export', () => {
  it('unchanged: nothing is written, every row and link is counted unchanged', async () => {
    const before = fingerprintDatabase(db);
    const { preview, summary } = await importFiles(exports.first, THIS_WEEK);
    const { size } = exports;
    expect(preview.outcome?.changed).toBe(false);
    expect(summary).toMatchObject({
      changed: false,
      students: size.students,
      studentsAdded: 0,
      studentsUpdated: 0,
      studentsUnchanged: size.students,
      studentsGone: 0,
      guardians: size.guardians,
      guardiansAdded: 0,
      guardiansUpdated: 0,
      guardiansUnchanged: size.guardians,
      guardiansGone: 0,
      links: size.links,
      linksAdded: 0,
      linksUpdated: 0,
      linksRemoved: 0,
      accountsDisabled: 0,
      accountsEnabled: 0,
    });
    expect(fingerprintDatabase(db)).toEqual(before);
  });

  it('5% changed, 1% gone, 1% new: exactly those rows written, links kept, accounts kept, the gone marked', async () => {
    const first = weekContents(exports.size, 'first');
    const later = weekContents(exports.size, 'later');
    const students = expectedChanges(first.students, later.students);
    const guardians = expectedChanges(first.guardians, later.guardians);
    const accountsBefore = accounts();
    const { preview, summary } = await importFiles(exports.later, THIS_WEEK);

    // The generator's proportions, so that this test covers the weekly case it says.
    expect(students.updated.length).toBeGreaterThanOrEqual(exports.size.students * 0.04);
    expect(students.gone.length).toBeGreaterThan(0);
    expect(guardians.added.length).toBeGreaterThan(0);
    const counts = {
      studentsAdded: students.added.length,
      studentsUpdated: students.updated.length,
      studentsUnchanged: students.unchanged.length,
      studentsReturned: 0,
      studentsGone: students.gone.length,
      guardiansAdded: guardians.added.length,
      guardiansUpdated: guardians.updated.length,
      guardiansUnchanged: guardians.unchanged.length,
      guardiansReturned: 0,
      guardiansGone: guardians.gone.length,
      linksAdded: [...later.links].filter((link) => !first.links.has(link)).length,
      linksUpdated: 0,
      linksRemoved: [...first.links].filter((link) => !later.links.has(link)).length,
    };
    expect(preview.outcome).toMatchObject({ ...counts, changed: true });
    expect(summary).toMatchObject(counts);

    // Every row of the export is present, every row it no longer has is marked gone now.
    const studentRows = rowsOf('students');
    for (const id of later.students.keys()) expect(studentRows.get(id)).toBeNull();
    for (const id of students.gone) expect(studentRows.get(id)).toBe('2024-09-09T08:00:00.000Z');
    const guardianRows = rowsOf('guardians');
    for (const id of later.guardians.keys()) expect(guardianRows.get(id)).toBeNull();
    for (const id of guardians.gone) expect(guardianRows.get(id)).toBe('2024-09-09T08:00:00.000Z');
    // Changed columns are the export's: a student's class, a guardian's mobile.
    const changedStudent = students.updated[0] ?? '';
    expect(
      db.prepare('SELECT class_name FROM students WHERE source_id = ?').get(changedStudent),
    ).toEqual({
      class_name: (JSON.parse(later.students.get(changedStudent) ?? '{}') as { className: string })
        .className,
    });
    const changedGuardian = guardians.updated[0] ?? '';
    expect(
      db.prepare('SELECT mobile_e164 FROM guardians WHERE source_id = ?').get(changedGuardian),
    ).toEqual({
      mobile_e164: (
        JSON.parse(later.guardians.get(changedGuardian) ?? '{}') as { mobileE164: string }
      ).mobileE164,
    });
    // The links are exactly the export's: kept ones untouched, new ones added.
    expect(linksInDatabase()).toEqual(later.links);

    // Accounts keep identifier and password; only those whose guardian left are disabled.
    const goneGuardians = new Set(guardians.gone);
    const accountsAfter = accounts();
    expect(
      accountsAfter.map(({ id, identifier, password_hash }) => ({ id, identifier, password_hash })),
    ).toEqual(
      accountsBefore.map(({ id, identifier, password_hash }) => ({
        id,
        identifier,
        password_hash,
      })),
    );
    const disabled = accountsAfter.filter((a) => a.disabled_at !== null).map((a) => a.source_id);
    expect(disabled.length).toBeGreaterThan(0);
    expect(disabled).toEqual(
      accountsAfter.map((a) => a.source_id).filter((id) => goneGuardians.has(id)),
    );
    expect(summary.accountsDisabled).toBe(disabled.length);

    // The same later export again: nothing left to write.
    const again = await importFiles(exports.later, NEXT_WEEK);
    expect(again.summary).toMatchObject({
      changed: false,
      studentsUpdated: 0,
      guardiansUpdated: 0,
      studentsGone: 0,
      guardiansGone: 0,
      linksAdded: 0,
      linksRemoved: 0,
    });
  });

  it('people back the week after: un-gone, their links back, their accounts enabled', async () => {
    await importFiles(exports.later, THIS_WEEK);
    const first = weekContents(exports.size, 'first');
    const later = weekContents(exports.size, 'later');
    const gone = expectedChanges(first.guardians, later.guardians).gone;
    const { summary } = await importFiles(exports.first, NEXT_WEEK);
    expect(summary).toMatchObject({
      studentsReturned: expectedChanges(first.students, later.students).gone.length,
      guardiansReturned: gone.length,
      studentsGone: expectedChanges(later.students, first.students).gone.length,
    });
    expect(summary.accountsEnabled).toBeGreaterThan(0);
    expect(accounts().filter((a) => a.disabled_at !== null)).toEqual([]);
    expect(linksInDatabase()).toEqual(first.links);
    const guardianRows = rowsOf('guardians');
    for (const id of gone) expect(guardianRows.get(id)).toBeNull();
  });

  it('a write failing midway through the apply (disk full…) leaves last week’s roster whole, and the import can be run again', async () => {
    const before = fingerprintDatabase(db);
    const preview = await previewRosterImport(db, { kind: 'files', paths: exports.later });
    // The apply's writes stop at the first error without undoing their own earlier rows (OR
    // FAIL, no statement journal): the import's transaction must undo them. The failure comes
    // after the students were written and ten guardians into rewriting the changed ones.
    db.exec(`CREATE TEMP TABLE guardians_written (n INTEGER);
      CREATE TEMP TRIGGER guardian_write_fails AFTER UPDATE OF mobile_e164 ON main.guardians
      BEGIN
        INSERT INTO guardians_written VALUES (1);
        SELECT RAISE(FAIL, 'database or disk is full')
         WHERE (SELECT count(*) FROM guardians_written) > 10;
      END`);
    expect(() => applyRosterImport(db, preview.token, { clock: THIS_WEEK, actor: 'test' })).toThrow(
      /disk is full/,
    );
    db.exec('DROP TRIGGER temp.guardian_write_fails');
    expect(fingerprintDatabase(db)).toEqual(before);

    const { summary } = await importFiles(exports.later, THIS_WEEK);
    const first = weekContents(exports.size, 'first');
    const later = weekContents(exports.size, 'later');
    expect(summary.guardiansUpdated).toBe(
      expectedChanges(first.guardians, later.guardians).updated.length,
    );
    expect(linksInDatabase()).toEqual(later.links);
  });
});
