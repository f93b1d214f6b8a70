import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import { ensureDemoRoster } from '../../../main/demo/ensure-demo-roster';
import { createIdentityMatcher } from '../../../main/flows/identity-checks/identity-matcher';
import type { Clock } from '../../../main/platform/clock';
import { importRosterFiles } from '../../../main/roster/import-roster-files';
import { applyRosterImport, previewRosterImport } from '../../../main/roster/roster-import';
import { RosterImportError } from '../../../main/roster/roster-import-error';
import { isDemoMode, readRosterSource } from '../../../main/roster/roster-source';
import {
  guardiansXml,
  studentsXml,
  writeFixturePair,
  FIXTURE_UAJ,
} from '../../fixtures/siecle/siecle-fixture-files';
import { fingerprintDatabase } from './db-fingerprint';

const clock: Clock = { now: () => new Date('2024-09-02T08:00:00Z') };

let db: KioskDatabase;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

async function rejection(promise: Promise<unknown>): Promise<RosterImportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RosterImportError);
  return error as RosterImportError;
}

describe('importRosterFiles with a SIECLE pair', () => {
  it('imports students, guardians and links, files in any order, with a readable summary', async () => {
    const files = writeFixturePair();
    const { summary, problems } = await importRosterFiles(db, [files.guardians, files.students], {
      clock,
    });
    expect(summary).toMatchObject({
      source: 'siecle',
      schoolUai: FIXTURE_UAJ,
      schoolYear: 2024,
      students: 4,
      enrolled: 3,
      guardians: 4,
      guardiansWithMobile: 3,
      links: 7,
      legalLinks: 5,
      studentsAdded: 4,
      guardiansAdded: 4,
      changed: true,
    });
    expect(problems.map((p) => [p.severity, p.recordId, p.reason])).toEqual([
      [
        'warning',
        'ELEVE_ID=1999 PERSONNE_ID=2001',
        'link to a student who is not in the students file; skipped',
      ],
      [
        'warning',
        'ELEVE_ID=1001 PERSONNE_ID=2999',
        'link to a person who is not in the guardians file; skipped',
      ],
      [
        'warning',
        'PERSONNE_ID=2003',
        'TEL_PORTABLE is not a mobile number: this legal guardian cannot activate by SMS',
      ],
    ]);
    expect(
      db.prepare('SELECT first_name, class_name, enrolled FROM students ORDER BY source_id').all(),
    ).toEqual([
      { first_name: 'Zoé', class_name: '5EME 2', enrolled: 1 },
      { first_name: 'Hélène', class_name: '6EME 1', enrolled: 1 },
      { first_name: 'Lucas', class_name: null, enrolled: 0 },
      { first_name: 'Léo', class_name: '4EME 1', enrolled: 1 },
    ]);
    expect(
      db
        .prepare(
          "SELECT family_name_key, first_name_key, mobile_e164 FROM guardians WHERE source_id = '2002'",
        )
        .get(),
    ).toEqual({
      family_name_key: 'oeuvrard',
      first_name_key: 'francois',
      mobile_e164: '+33781234567',
    });
    expect(readRosterSource(db)).toBe('siecle');
    const event = db
      .prepare("SELECT entity_id, payload FROM events WHERE type = 'roster.imported'")
      .get() as {
      entity_id: string;
      payload: string;
    };
    expect(event.entity_id).toBe(FIXTURE_UAJ);
    expect(event.payload).not.toMatch(/LEFÈVRE|Zoé|\+336/); // counts only, no personal data
  });

  it('changes nothing when the same files are imported again', async () => {
    const files = writeFixturePair();
    await importRosterFiles(db, [files.students, files.guardians], { clock });
    const before = fingerprintDatabase(db);
    const later: Clock = { now: () => new Date('2024-10-01T08:00:00Z') };
    const { summary } = await importRosterFiles(db, [files.students, files.guardians], {
      clock: later,
    });
    expect(fingerprintDatabase(db)).toEqual(before);
    expect(summary).toMatchObject({
      changed: false,
      studentsAdded: 0,
      studentsUpdated: 0,
      studentsUnchanged: 4,
      guardiansUnchanged: 4,
      linksAdded: 0,
      linksRemoved: 0,
    });
  });

  it('updates a changed mobile in place and keeps the guardian’s account, counter and lock', async () => {
    const first = writeFixturePair();
    await importRosterFiles(db, [first.students, first.guardians], { clock });
    db.prepare(
      "INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at) VALUES ('acc-1', 'jean.dupont', 'Jean', 'x', 'now', 'now')",
    ).run();
    db.prepare(
      "UPDATE guardians SET account_id = 'acc-1', failed_secret_count = 2, locked_at = 'then' WHERE source_id = '2004'",
    ).run();
    const second = writeFixturePair({
      guardians: guardiansXml({ dupontMobile: '07 99 88 77 66' }),
    });
    const { summary } = await importRosterFiles(db, [second.students, second.guardians], { clock });
    expect(summary).toMatchObject({ guardiansUpdated: 1, guardiansUnchanged: 3, changed: true });
    expect(
      db
        .prepare(
          "SELECT mobile_e164, account_id, failed_secret_count, locked_at FROM guardians WHERE source_id = '2004'",
        )
        .get(),
    ).toEqual({
      mobile_e164: '+33799887766',
      account_id: 'acc-1',
      failed_secret_count: 2,
      locked_at: 'then',
    });
    expect(db.prepare('SELECT COUNT(*) AS n FROM accounts').get()).toEqual({ n: 1 });
  });

  it('leaves the database exactly as before when the second file has a fatal problem', async () => {
    const good = writeFixturePair();
    await importRosterFiles(db, [good.students, good.guardians], { clock });
    const before = fingerprintDatabase(db);
    // A valid, changed students file first; the guardians file breaks near its end.
    const bad = writeFixturePair({
      students: studentsXml({
        extraStudents:
          '<ELEVE ELEVE_ID="1010"><NOM>NEUF</NOM><PRENOM>Ana</PRENOM><DATE_NAISS>01/01/2013</DATE_NAISS></ELEVE>',
      }),
      guardians: guardiansXml().replace('</PERSONNES>', '</PERSONNE>'),
    });
    const error = await rejection(importRosterFiles(db, [bad.students, bad.guardians], { clock }));
    expect(
      error.problems.filter((p) => p.severity === 'fatal').map((p) => [p.file, p.element]),
    ).toEqual([['ResponsablesAvecAdresses.xml', 'PERSONNES']]);
    expect(fingerprintDatabase(db)).toEqual(before);
  });

  it('refuses two files from different schools, and two students files', async () => {
    const mixed = writeFixturePair({ guardians: guardiansXml({ uaj: '0140070A' }) });
    const error = await rejection(
      importRosterFiles(db, [mixed.students, mixed.guardians], { clock }),
    );
    expect(error.problems).toContainEqual(
      expect.objectContaining({
        severity: 'fatal',
        element: 'UAJ',
        reason: expect.stringContaining('two schools'),
      }),
    );
    const pair = writeFixturePair();
    const twice = await rejection(importRosterFiles(db, [pair.students, pair.students], { clock }));
    expect(twice.problems.map((p) => p.reason)).toEqual([
      expect.stringContaining('no guardians file'),
      expect.stringContaining('several students files'),
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM schools').get()).toEqual({ n: 0 });
  });

  it('writes nothing on a preview but reports what would change', async () => {
    const files = writeFixturePair();
    const before = fingerprintDatabase(db);
    const preview = await previewRosterImport(db, {
      kind: 'files',
      paths: [files.students, files.guardians],
    });
    expect(preview.outcome).toMatchObject({ studentsAdded: 4, guardiansAdded: 4, changed: true });
    expect(fingerprintDatabase(db)).toEqual(before);
  });

  it('counts a school’s first import in its preview as the import then does', async () => {
    const files = writeFixturePair();
    const preview = await previewRosterImport(db, {
      kind: 'files',
      paths: [files.students, files.guardians],
    });
    // The fixture's two links to people absent from the files are not counted.
    expect(preview.outcome).toMatchObject({ links: 7, linksAdded: 7, legalLinks: 5 });
    const summary = applyRosterImport(db, preview.token, { clock, actor: 'test' });
    expect(summary).toMatchObject({ ...preview.outcome });
    const linked = db.prepare('SELECT COUNT(*) AS n FROM guardian_students').get();
    expect(linked).toEqual({ n: 7 });
  });
});

describe('older exports with RESP_LEGAL instead of NIVEAU_RESPONSABILITE', () => {
  // François ŒUVRARD's only link is to Hélène (enrolled), through RESP_LEGAL.
  const francois = {
    lastName: 'Oeuvrard',
    firstName: 'François',
    phoneE164: '+33781234567',
  };

  it.each([
    [1, 'matched'],
    [2, 'matched'],
    [0, 'none'],
  ] as const)(
    'RESP_LEGAL %i: at the kiosk the guardian is %s as a legal guardian who may activate',
    async (respLegal, expected) => {
      const files = writeFixturePair({
        guardians: guardiansXml({ oeuvrardRespLegal: respLegal }),
      });
      const { summary } = await importRosterFiles(db, [files.students, files.guardians], {
        clock,
      });
      expect(summary.legalLinks).toBe(respLegal === 0 ? 4 : 5);
      const match = createIdentityMatcher(db)(francois);
      expect(match.kind).toBe(expected);
      if (match.kind === 'matched') {
        expect(match.guardians.map((g) => g.sourceId)).toEqual(['2002']);
      }
    },
  );
});

describe('leaving demo mode', () => {
  it('removes the demo families, their accounts and flows when a real roster is imported', async () => {
    expect(ensureDemoRoster(db, clock)).toBe(true);
    expect(isDemoMode(db)).toBe(true);
    // A demo guardian activated an account and a flow is under way.
    db.prepare(
      "INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at) VALUES ('demo-acc', 'nadia.haddad', 'Nadia', 'x', 'now', 'now')",
    ).run();
    db.prepare("UPDATE guardians SET account_id = 'demo-acc' WHERE first_name = 'Nadia'").run();
    db.prepare(
      "INSERT INTO account_students (account_id, student_id, confirmed_at) SELECT 'demo-acc', id, 'now' FROM students WHERE family_name = 'Haddad'",
    ).run();
    db.prepare(
      "INSERT INTO flows (id, kind, session_id, state, created_at, updated_at, expires_at, account_id) VALUES ('f1', 'activation', 's', 'done', 'now', 'now', 'later', 'demo-acc')",
    ).run();
    db.prepare(
      "INSERT INTO wrong_link_reports (id, created_at, flow_id, guardian_id, student_id) SELECT 'r1', 'now', 'f1', g.id, s.id FROM guardians g, students s WHERE g.first_name = 'Isabelle' AND s.first_name = 'Adam'",
    ).run();

    const files = writeFixturePair();
    const { summary } = await importRosterFiles(db, [files.students, files.guardians], { clock });
    expect(summary.demoRosterRemoved).toBe(true);
    expect(isDemoMode(db)).toBe(false);
    expect(db.prepare('SELECT uai FROM schools').all()).toEqual([{ uai: FIXTURE_UAJ }]);
    const count = (table: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([
      count('students'),
      count('guardians'),
      count('accounts'),
      count('account_students'),
    ]).toEqual([4, 4, 0, 0]);
    expect([count('flows'), count('wrong_link_reports')]).toEqual([0, 0]);
    expect(
      db.prepare("SELECT COUNT(*) AS n FROM guardians WHERE first_name = 'Patrick'").get(),
    ).toEqual({ n: 0 });
    // The demo roster does not come back on the next start.
    expect(ensureDemoRoster(db, clock)).toBe(false);
  });
});
