// ONDE exports go through the one import engine (preview, then one transaction), with the input
// the console's import screen sends: { kind: 'files', paths, ondeSchool }.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import { ensureDemoRoster } from '../../../main/demo/ensure-demo-roster';
import type { Clock } from '../../../main/platform/clock';
import { applyRosterImport, previewRosterImport } from '../../../main/roster/roster-import';
import { formatRosterProblem } from '../../../main/roster/roster-problem';
import { readRosterSource } from '../../../main/roster/roster-source';
import { writeOndePair } from '../../fixtures/onde/onde-export-files';
import {
  GUARDIANS,
  HUGO,
  ONDE_UAI,
  PATRICK,
  PUPILS,
  SOPHIE,
} from '../../fixtures/onde/onde-school';
import { fingerprintDatabase } from './db-fingerprint';

const SEPTEMBER: Clock = { now: () => new Date('2025-09-02T08:00:00Z') };
const OCTOBER: Clock = { now: () => new Date('2025-10-06T08:00:00Z') };
const NOVEMBER: Clock = { now: () => new Date('2025-11-20T08:00:00Z') };
const SCHOOL = { uai: ONDE_UAI, name: 'École élémentaire Jules Ferry' };
const PATRICK_ID = 'onde:dupont|patrick';
const HUGO_ID = 'onde:dupont|hugo|2018-11-02';

let db: KioskDatabase;
beforeEach(() => {
  db = openDatabase(':memory:');
  ensureDemoRoster(db, SEPTEMBER);
});
afterEach(() => db.close());

const ondeInput = (files: { students: string; guardians: string }) =>
  ({
    kind: 'files',
    paths: [files.students, files.guardians],
    ondeSchool: SCHOOL,
  }) as const;

describe('ONDE exports through the import engine', () => {
  it('previews without writing, then applies the previewed roster in place of the demo', async () => {
    const before = fingerprintDatabase(db);
    const preview = await previewRosterImport(db, ondeInput(writeOndePair(PUPILS, GUARDIANS)));
    expect(preview.importable).toBe(true);
    expect(preview.outcome).toMatchObject({
      source: 'onde',
      schoolUai: ONDE_UAI,
      students: 7,
      guardians: 4,
      studentsAdded: 7,
      guardiansAdded: 4,
      demoRosterRemoved: true,
      changed: true,
    });
    // The reader's own no-mobile warning (with its line), not the engine's as well.
    expect(
      preview.problems
        .filter((p) => p.reason.includes('cannot activate by SMS'))
        .map(formatRosterProblem),
    ).toEqual([
      'CSVExtraction-responsables.csv:3: warning: no mobile number ("Téléphone portable" empty, "Téléphone domicile" not a mobile): this legal guardian cannot activate by SMS',
    ]);
    expect(fingerprintDatabase(db)).toEqual(before);

    const summary = applyRosterImport(db, preview.token, { clock: SEPTEMBER, actor: 'test' });
    expect(summary).toMatchObject({ source: 'onde', studentsAdded: 7, demoRosterRemoved: true });
    expect(readRosterSource(db)).toBe('onde');
    expect(db.prepare('SELECT name, source FROM schools').all()).toEqual([
      { name: SCHOOL.name, source: 'onde' },
    ]);
  });

  it('refuses ONDE files without the school (no ondeSchool) and writes nothing', async () => {
    const before = fingerprintDatabase(db);
    const files = writeOndePair(PUPILS, GUARDIANS);
    const preview = await previewRosterImport(db, {
      kind: 'files',
      paths: [files.students, files.guardians],
    });
    expect(preview).toMatchObject({ importable: false, outcome: null });
    expect(preview.problems.map(formatRosterProblem)).toEqual([
      'fatal: ONDE exports do not name their school: give its UAI (e.g. --uai 0751234A)',
    ]);
    expect(fingerprintDatabase(db)).toEqual(before);
  });

  it('S-DATA-2: a pupil and a guardian absent from a newer export are gone, the account disabled, then purged after the grace period', async () => {
    const first = await previewRosterImport(db, ondeInput(writeOndePair(PUPILS, GUARDIANS)));
    applyRosterImport(db, first.token, { clock: SEPTEMBER, actor: 'test' });
    db.prepare(
      `INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at)
       VALUES ('acc-1', 'patrick.dupont1', 'Patrick', 'scrypt$x', 'then', 'then')`,
    ).run();
    db.prepare('UPDATE guardians SET account_id = ? WHERE source_id = ?').run('acc-1', PATRICK_ID);

    // October: Hugo left the school, and Patrick (whose children were Camille, Hugo, Emma) is no
    // longer in the guardians extraction.
    const newer = writeOndePair(
      PUPILS.filter((p) => p !== HUGO),
      GUARDIANS.filter((g) => g !== PATRICK).map((g) =>
        g === SOPHIE ? { ...SOPHIE, children: SOPHIE.children.slice(0, 1) } : g,
      ),
    );
    const october = await previewRosterImport(db, ondeInput(newer));
    expect(october.outcome).toMatchObject({ studentsGone: 1, guardiansGone: 1 });
    const summary = applyRosterImport(db, october.token, {
      clock: OCTOBER,
      actor: 'test',
      purgeGraceDays: 30,
    });
    expect(summary).toMatchObject({ studentsGone: 1, guardiansGone: 1, accountsDisabled: 1 });
    const goneAt = (table: 'students' | 'guardians', id: string) =>
      db.prepare(`SELECT gone_at FROM ${table} WHERE source_id = ?`).pluck().get(id);
    expect(goneAt('students', HUGO_ID)).toBe(OCTOBER.now().toISOString());
    expect(goneAt('guardians', PATRICK_ID)).toBe(OCTOBER.now().toISOString());
    expect(db.prepare("SELECT disabled_at FROM accounts WHERE id = 'acc-1'").pluck().get()).toBe(
      OCTOBER.now().toISOString(),
    );

    // November, 45 days later: the same export again; the gone people are deleted.
    const november = await previewRosterImport(db, ondeInput(newer));
    const purged = applyRosterImport(db, november.token, {
      clock: NOVEMBER,
      actor: 'test',
      purgeGraceDays: 30,
    });
    expect(purged.purged).toMatchObject({ students: 1, guardians: 1, accounts: 1 });
    expect(goneAt('students', HUGO_ID)).toBeUndefined();
    expect(goneAt('guardians', PATRICK_ID)).toBeUndefined();
  });
});
