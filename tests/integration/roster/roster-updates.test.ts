import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import { createActivationRoster } from '../../../main/flows/identity-checks/activation-roster';
import { createIdentityMatcher } from '../../../main/flows/identity-checks/identity-matcher';
import type { Clock } from '../../../main/platform/clock';
import { importRosterFiles } from '../../../main/roster/import-roster-files';
import {
  applyRosterImport,
  previewRosterImport,
  StaleRosterPreviewError,
} from '../../../main/roster/roster-import';
import {
  guardiansXml,
  studentsXml,
  writeFixturePair,
} from '../../fixtures/siecle/siecle-fixture-files';
import { fingerprintDatabase } from './db-fingerprint';

const at = (iso: string): Clock => ({ now: () => new Date(iso) });
const SEPTEMBER = at('2024-09-02T08:00:00.000Z');
const OCTOBER = at('2024-10-01T08:00:00.000Z');
const DAY_MS = 24 * 3600 * 1000;
const daysAfterOctober = (days: number) =>
  at(new Date(OCTOBER.now().getTime() + days * DAY_MS).toISOString());

const JEAN = { lastName: 'Dupont', firstName: 'Jean', phoneE164: '+33698765432' };

/** The fixture export without Léo DUPONT (1004) and Jean DUPONT (2004), Zoé renamed Zoë. */
function exportWithoutDuponts() {
  return writeFixturePair({
    students: studentsXml()
      .replace(/<ELEVE ELEVE_ID="1004">[\s\S]*?<\/ELEVE>/, '')
      .replace('<PRENOM>Zoé</PRENOM>', '<PRENOM>Zoë</PRENOM>'),
    guardians: guardiansXml().replace(/<PERSONNE PERSONNE_ID="2004">[\s\S]*?<\/PERSONNE>/, ''),
  });
}

const files = (pair: { students: string; guardians: string }) => [pair.students, pair.guardians];

let db: KioskDatabase;
beforeEach(async () => {
  db = openDatabase(':memory:');
  await importRosterFiles(db, files(writeFixturePair()), { clock: SEPTEMBER });
  // Jean DUPONT activated his account.
  db.prepare(
    `INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at)
     VALUES ('acc-jean', 'jean.dupont1', 'Jean', 'scrypt$hash', 'then', 'then')`,
  ).run();
  db.prepare("UPDATE guardians SET account_id = 'acc-jean' WHERE source_id = '2004'").run();
});
afterEach(() => db.close());

const goneAt = (table: 'students' | 'guardians', sourceId: string) =>
  (
    db.prepare(`SELECT gone_at FROM ${table} WHERE source_id = ?`).get(sourceId) as
      { gone_at: string | null } | undefined
  )?.gone_at;
const account = () =>
  db
    .prepare("SELECT identifier, password_hash, disabled_at FROM accounts WHERE id = 'acc-jean'")
    .get();

describe('importing a newer export (S-DATA-2)', () => {
  it('updates people in place, marks the missing ones gone, disables their account and stops matching them', async () => {
    expect(createIdentityMatcher(db)(JEAN).kind).toBe('matched');
    const { summary } = await importRosterFiles(db, files(exportWithoutDuponts()), {
      clock: OCTOBER,
    });
    expect(summary).toMatchObject({
      students: 3,
      studentsUpdated: 1,
      studentsUnchanged: 2,
      studentsGone: 1,
      guardians: 3,
      guardiansGone: 1,
      accountsDisabled: 1,
      linksRemoved: 4, // Jean's three links and Émilie's to Léo, no other
      changed: true,
    });
    expect(db.prepare("SELECT first_name FROM students WHERE source_id = '1001'").get()).toEqual({
      first_name: 'Zoë',
    });
    expect(goneAt('students', '1004')).toBe('2024-10-01T08:00:00.000Z');
    expect(goneAt('guardians', '2004')).toBe('2024-10-01T08:00:00.000Z');
    expect(goneAt('guardians', '2001')).toBeNull();
    // The account keeps its identifier and password: only disabled.
    expect(account()).toEqual({
      identifier: 'jean.dupont1',
      password_hash: 'scrypt$hash',
      disabled_at: '2024-10-01T08:00:00.000Z',
    });
    expect(createIdentityMatcher(db)(JEAN)).toEqual({ kind: 'none' });
  });

  it('un-gones a person who reappears and enables their account again, identifier and password untouched', async () => {
    await importRosterFiles(db, files(exportWithoutDuponts()), { clock: OCTOBER });
    const { summary } = await importRosterFiles(db, files(writeFixturePair()), {
      clock: daysAfterOctober(3),
    });
    expect(summary).toMatchObject({
      studentsReturned: 1,
      guardiansReturned: 1,
      accountsEnabled: 1,
      studentsGone: 0,
      guardiansGone: 0,
      linksAdded: 4,
    });
    expect(goneAt('students', '1004')).toBeNull();
    expect(goneAt('guardians', '2004')).toBeNull();
    expect(account()).toEqual({
      identifier: 'jean.dupont1',
      password_hash: 'scrypt$hash',
      disabled_at: null,
    });
    expect(createIdentityMatcher(db)(JEAN).kind).toBe('matched');
  });

  it('someone else gone a week later: marked gone then, the person gone earlier keeps the day they went', async () => {
    await importRosterFiles(db, files(exportWithoutDuponts()), { clock: OCTOBER });
    const withoutDupontsNorEmilie = writeFixturePair({
      students: studentsXml()
        .replace(/<ELEVE ELEVE_ID="1004">[\s\S]*?<\/ELEVE>/, '')
        .replace('<PRENOM>Zoé</PRENOM>', '<PRENOM>Zoë</PRENOM>'),
      guardians: guardiansXml().replace(
        /<PERSONNE PERSONNE_ID="200[34]">[\s\S]*?<\/PERSONNE>/g,
        '',
      ),
    });
    const { summary } = await importRosterFiles(db, files(withoutDupontsNorEmilie), {
      clock: daysAfterOctober(7),
    });
    expect(summary).toMatchObject({ guardiansGone: 1, studentsGone: 0, guardiansUpdated: 0 });
    expect(goneAt('guardians', '2003')).toBe(daysAfterOctober(7).now().toISOString());
    expect(goneAt('guardians', '2004')).toBe('2024-10-01T08:00:00.000Z');
    expect(goneAt('students', '1004')).toBe('2024-10-01T08:00:00.000Z');
  });

  it('keeps a gone person through the grace period, then purges them, their links and their account', async () => {
    const withoutDuponts = files(exportWithoutDuponts());
    await importRosterFiles(db, withoutDuponts, { clock: OCTOBER, purgeGraceDays: 30 });
    const kept = await importRosterFiles(db, withoutDuponts, {
      clock: daysAfterOctober(29),
      purgeGraceDays: 30,
    });
    expect(kept.summary.purged).toEqual({ students: 0, guardians: 0, accounts: 0 });
    expect(kept.summary.changed).toBe(false);
    expect(goneAt('guardians', '2004')).toBe('2024-10-01T08:00:00.000Z');

    const purged = await importRosterFiles(db, withoutDuponts, {
      clock: daysAfterOctober(31),
      purgeGraceDays: 30,
    });
    expect(purged.summary.purged).toEqual({ students: 1, guardians: 1, accounts: 1 });
    expect(goneAt('guardians', '2004')).toBeUndefined();
    expect(goneAt('students', '1004')).toBeUndefined();
    expect(account()).toBeUndefined();
    expect(db.prepare("SELECT payload FROM events WHERE type = 'roster.purged'").get()).toEqual({
      payload: JSON.stringify({ students: 1, guardians: 1, accounts: 1, graceDays: 30 }),
    });
  });

  it('the kiosk ignores gone people even before their links are removed: no match, no child listed', () => {
    expect(createIdentityMatcher(db)(JEAN).kind).toBe('matched');
    db.prepare("UPDATE guardians SET gone_at = 'then' WHERE source_id = '2004'").run();
    expect(createIdentityMatcher(db)(JEAN)).toEqual({ kind: 'none' });
    db.prepare("UPDATE guardians SET gone_at = NULL WHERE source_id = '2004'").run();
    // Léo, his only enrolled child at level 1, gone: Jean has no child left to activate for.
    db.prepare("UPDATE students SET gone_at = 'then' WHERE source_id = '1004'").run();
    expect(createIdentityMatcher(db)(JEAN)).toEqual({ kind: 'none' });
    const jeanId = (
      db.prepare("SELECT id FROM guardians WHERE source_id = '2004'").get() as { id: number }
    ).id;
    expect(createActivationRoster(db).childrenOf([jeanId])).toEqual([]);
  });

  it('an account still linked to a present guardian row (another school) is not disabled', async () => {
    db.prepare(
      "INSERT INTO schools (uai, name, school_year, source, imported_at) VALUES ('0888888Y', NULL, 2024, 'siecle', 'then')",
    ).run();
    db.prepare(
      `INSERT INTO guardians (school_uai, source_id, family_name, first_name, family_name_key,
         first_name_key, mobile_e164, account_id)
       VALUES ('0888888Y', '77', 'DUPONT', 'Jean', 'dupont', 'jean', '+33698765432', 'acc-jean')`,
    ).run();
    const { summary } = await importRosterFiles(db, files(exportWithoutDuponts()), {
      clock: OCTOBER,
    });
    expect(summary.guardiansGone).toBe(1);
    expect(summary.accountsDisabled).toBe(0);
    expect(account()).toMatchObject({ disabled_at: null });
  });
});

describe('the preview', () => {
  it('counts exactly what the apply then does, and writes nothing itself', async () => {
    const pair = writeFixturePair({
      students: studentsXml({
        extraStudents: `
      <ELEVE ELEVE_ID="1005"><NOM_DE_FAMILLE>NOUVEAU</NOM_DE_FAMILLE><PRENOM>Tom</PRENOM><DATE_NAISS>01/01/2013</DATE_NAISS></ELEVE>`,
      }).replace(/<ELEVE ELEVE_ID="1002">[\s\S]*?<\/ELEVE>/, ''),
      guardians: guardiansXml({
        dupontMobile: '06 11 22 33 44',
        extraLinks: `
      <RESPONSABLE_ELEVE><ELEVE_ID>1005</ELEVE_ID><PERSONNE_ID>2001</PERSONNE_ID><NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE></RESPONSABLE_ELEVE>`,
      }).replace(
        '<ELEVE_ID>1001</ELEVE_ID>\n        <PERSONNE_ID>2004</PERSONNE_ID>\n        <NIVEAU_RESPONSABILITE>2</NIVEAU_RESPONSABILITE>',
        '<ELEVE_ID>1001</ELEVE_ID>\n        <PERSONNE_ID>2004</PERSONNE_ID>\n        <NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>',
      ),
    });
    const before = fingerprintDatabase(db);
    const preview = await previewRosterImport(db, { kind: 'files', paths: files(pair) });
    expect(fingerprintDatabase(db)).toEqual(before);
    expect(preview.importable).toBe(true);
    const expected = {
      students: 4,
      studentsAdded: 1,
      studentsGone: 1,
      studentsUpdated: 0,
      guardiansUpdated: 1, // Jean's new mobile
      linksAdded: 1,
      linksUpdated: 1, // Jean → Zoé, level 2 → 1
      linksRemoved: 2, // François → Hélène and Jean → Hélène, Hélène gone
    };
    expect(preview.outcome).toMatchObject(expected);
    // Each problem says where: the links to Hélène, no longer in the students file.
    expect(
      preview.problems
        .filter((p) => p.reason.startsWith('link to a student'))
        .map((p) => [p.file, p.line !== null, p.recordId]),
    ).toEqual([
      ['ResponsablesAvecAdresses.xml', true, 'ELEVE_ID=1002 PERSONNE_ID=2002'],
      ['ResponsablesAvecAdresses.xml', true, 'ELEVE_ID=1002 PERSONNE_ID=2004'],
      ['ResponsablesAvecAdresses.xml', true, 'ELEVE_ID=1999 PERSONNE_ID=2001'],
    ]);
    const summary = applyRosterImport(db, preview.token, { clock: OCTOBER, actor: 'test' });
    expect(summary).toMatchObject(expected);
    const { accountsDisabled, accountsEnabled, purged, ...counts } = summary;
    expect({ accountsDisabled, accountsEnabled, purged }).toEqual({
      accountsDisabled: 0,
      accountsEnabled: 0,
      purged: { students: 0, guardians: 0, accounts: 0 },
    });
    expect(counts).toEqual(preview.outcome);
  });

  it('a preview can be applied once; a newer preview replaces an older one', async () => {
    const first = await previewRosterImport(db, {
      kind: 'files',
      paths: files(exportWithoutDuponts()),
    });
    const second = await previewRosterImport(db, {
      kind: 'files',
      paths: files(writeFixturePair()),
    });
    const before = fingerprintDatabase(db);
    expect(() => applyRosterImport(db, first.token, { clock: OCTOBER, actor: 'test' })).toThrow(
      StaleRosterPreviewError,
    );
    expect(fingerprintDatabase(db)).toEqual(before);
    applyRosterImport(db, second.token, { clock: OCTOBER, actor: 'test' });
    expect(() => applyRosterImport(db, second.token, { clock: OCTOBER, actor: 'test' })).toThrow(
      StaleRosterPreviewError,
    );
  });

  it('takes a roster another reader built in memory (small schools) through the same engine', async () => {
    const preview = await previewRosterImport(db, {
      kind: 'snapshot',
      snapshot: {
        source: 'siecle',
        school: { uai: '0777777X', name: 'École du Lac', schoolYear: 2024 },
        students: [
          {
            sourceId: 'S1',
            familyName: 'BLANC',
            usageName: null,
            firstName: 'Lina',
            birthDate: '2017-05-04',
            className: 'CE1',
            enrolled: true,
          },
        ],
        guardians: [
          {
            sourceId: 'G1',
            civility: 'MME',
            familyName: 'BLANC',
            usageName: null,
            firstName: 'Sarah',
            mobileE164: null,
          },
        ],
        links: [
          { studentSourceId: 'S1', guardianSourceId: 'G1', legalLevel: 1, relationCode: null },
          { studentSourceId: 'S9', guardianSourceId: 'G1', legalLevel: 1, relationCode: null },
        ],
      },
      problems: [
        {
          severity: 'warning',
          file: 'eleves.csv',
          line: 3,
          element: null,
          recordId: null,
          reason: 'child not found',
        },
      ],
    });
    expect(preview.outcome).toMatchObject({ students: 1, guardians: 1, links: 1, legalLinks: 1 });
    expect(preview.problems.map((p) => p.reason)).toEqual([
      'child not found',
      'link to a student who is not in the students file; skipped',
      'no mobile number: this legal guardian cannot activate by SMS',
    ]);
    const summary = applyRosterImport(db, preview.token, { clock: OCTOBER, actor: 'test' });
    expect(summary).toMatchObject({ schoolUai: '0777777X', studentsAdded: 1, linksAdded: 1 });
    expect(db.prepare("SELECT name FROM schools WHERE uai = '0777777X'").get()).toEqual({
      name: 'École du Lac',
    });
  });
});
