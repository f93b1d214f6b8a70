import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import { ensureDemoRoster } from '../../../main/demo/ensure-demo-roster';
import type { Clock } from '../../../main/platform/clock';
import { importRosterFiles } from '../../../main/roster/import-roster-files';
import { RosterImportError } from '../../../main/roster/roster-import-error';
import { formatRosterProblem } from '../../../main/roster/roster-problem';
import { isDemoMode, readRosterSource } from '../../../main/roster/roster-source';
import {
  guardiansCsv,
  studentsCsv,
  writeOndePair,
  type OndeFormat,
  type OndeGuardian,
  type OndePupil,
} from '../../fixtures/onde/onde-export-files';
import {
  AMELIE,
  CAMILLE,
  GUARDIANS,
  HUGO,
  LUCAS,
  ONDE_UAI,
  PATRICK,
  PAUL,
  PUPILS,
  SOPHIE,
} from '../../fixtures/onde/onde-school';
import { fingerprintDatabase } from './db-fingerprint';

const clock: Clock = { now: () => new Date('2025-09-02T08:00:00Z') };
const SCHOOL = { uai: ONDE_UAI, name: 'École élémentaire Jules Ferry' };

let db: KioskDatabase;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

const importOnde = (
  pupils: readonly OndePupil[] = PUPILS,
  guardians: readonly OndeGuardian[] = GUARDIANS,
  format: OndeFormat = {},
) => {
  const files = writeOndePair(pupils, guardians, format);
  return importRosterFiles(db, [files.guardians, files.students], {
    clock,
    ondeSchool: SCHOOL,
  });
};

async function rejection(promise: Promise<unknown>): Promise<RosterImportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RosterImportError);
  return error as RosterImportError;
}

/** The roster as a parent would meet it, without row ids or timestamps. */
function rosterRows(database: KioskDatabase) {
  return {
    schools: database.prepare('SELECT uai, name, school_year, source FROM schools').all(),
    students: database
      .prepare(
        `SELECT source_id, family_name, usage_name, first_name, birth_date, class_name, enrolled
         FROM students ORDER BY source_id`,
      )
      .all(),
    guardians: database
      .prepare(
        `SELECT source_id, civility, family_name, usage_name, first_name, mobile_e164
         FROM guardians ORDER BY source_id`,
      )
      .all(),
    links: database
      .prepare(
        `SELECT g.source_id AS guardian, s.source_id AS student, gs.legal_level
         FROM guardian_students gs JOIN guardians g ON g.id = gs.guardian_id
         JOIN students s ON s.id = gs.student_id ORDER BY 1, 2`,
      )
      .all(),
  };
}

describe('importing an ONDE pair (écoles)', () => {
  it('imports pupils, guardians and links by names + class, reporting each child it cannot link', async () => {
    const { summary, problems } = await importOnde();
    expect(summary).toMatchObject({
      source: 'onde',
      schoolUai: ONDE_UAI,
      schoolYear: null,
      students: 7,
      enrolled: 6,
      guardians: 4,
      guardiansWithMobile: 3,
      links: 7,
      legalLinks: 7,
      changed: true,
    });
    expect(problems.map(formatRosterProblem)).toEqual([
      'CSVExtraction-responsables.csv:3: warning: no mobile number ("Téléphone portable" empty, "Téléphone domicile" not a mobile): this legal guardian cannot activate by SMS',
      'CSVExtraction-responsables.csv:4 child 2: warning: child (class "CP") matches no pupil of the students export by names: not linked',
      'CSVExtraction-responsables.csv:5 child 1: warning: child (class "CP") matches 2 pupils of the students export (lines 7, 8): not linked',
      'CSVExtraction-responsables.csv:5: warning: none of this guardian’s children is a pupil of the students export: guardian not imported',
    ]);
    expect(readRosterSource(db)).toBe('onde');
    const rows = rosterRows(db);
    expect(rows.schools).toEqual([
      { uai: ONDE_UAI, name: SCHOOL.name, school_year: null, source: 'onde' },
    ]);
    expect(rows.students).toContainEqual({
      source_id: 'onde:lefevre|noemie|2017-06-30',
      family_name: 'LEFÈVRE',
      usage_name: "D'ARC",
      first_name: 'Noémie',
      birth_date: '2017-06-30',
      class_name: 'CE2',
      enrolled: 1, // "Inscrit": expected at the school, the parents may activate
    });
    expect(rows.students).toContainEqual(
      expect.objectContaining({ source_id: 'onde:martin|lucas|2015-01-01', enrolled: 0 }),
    );
    expect(rows.guardians).toEqual([
      {
        source_id: 'onde:dupont|patrick',
        civility: 'M.',
        family_name: 'DUPONT',
        usage_name: null,
        first_name: 'Patrick',
        mobile_e164: '+33612345678',
      },
      {
        source_id: 'onde:lefevre|amelie',
        civility: 'MME', // MLLE
        family_name: 'LEFÈVRE',
        usage_name: null,
        first_name: 'Amélie',
        mobile_e164: '+33611223344',
      },
      {
        source_id: 'onde:leroy|sophie',
        civility: 'MME',
        family_name: 'LEROY',
        usage_name: 'DUPONT',
        first_name: 'Sophie',
        mobile_e164: null,
      },
      {
        source_id: 'onde:martin|paul',
        civility: 'M.',
        family_name: 'MARTIN',
        usage_name: null,
        first_name: 'Paul',
        mobile_e164: '+33699887766', // from "Téléphone domicile", a mobile
      },
    ]);
    expect(rows.links).toEqual([
      {
        guardian: 'onde:dupont|patrick',
        student: 'onde:dupont|camille|2016-03-14',
        legal_level: 1,
      },
      { guardian: 'onde:dupont|patrick', student: 'onde:dupont|emma|2020-01-21', legal_level: 1 },
      { guardian: 'onde:dupont|patrick', student: 'onde:dupont|hugo|2018-11-02', legal_level: 1 },
      {
        guardian: 'onde:lefevre|amelie',
        student: 'onde:lefevre|noemie|2017-06-30',
        legal_level: 1,
      },
      { guardian: 'onde:leroy|sophie', student: 'onde:dupont|camille|2016-03-14', legal_level: 1 },
      { guardian: 'onde:leroy|sophie', student: 'onde:dupont|hugo|2018-11-02', legal_level: 1 },
      { guardian: 'onde:martin|paul', student: 'onde:martin|lucas|2015-01-01', legal_level: 1 },
    ]);
  });

  const variants: [string, OndeFormat][] = [
    ['quoted fields', { quoted: true }],
    ['LF line ends', { lineEnd: '\n' }],
    ['UTF-8 without BOM', { encoding: 'utf-8' }],
    ['UTF-8 with BOM', { encoding: 'utf-8-bom', quoted: true }],
    ['yyyy-mm-dd dates (older export)', { isoDates: true }],
    ['Sexe as F/H (older export)', { shortSex: true }],
    ['the " Cycle" header with its leading space', { spacedHeader: true }],
    ['columns in another order', { reordered: true }],
    ['a "Numéro de poste" column', { extensionColumn: true }],
    ['five child groups, the last ones empty', { childGroups: 5 }],
    [
      'every variation at once',
      {
        quoted: true,
        lineEnd: '\n',
        isoDates: true,
        shortSex: true,
        spacedHeader: true,
        reordered: true,
        extensionColumn: true,
      },
    ],
  ];
  it.each(variants)('reads %s into the same roster', async (_name, format) => {
    await importOnde();
    const expected = rosterRows(db);
    db.close();
    db = openDatabase(':memory:');
    const { problems } = await importOnde(PUPILS, GUARDIANS, format);
    expect(rosterRows(db)).toEqual(expected);
    expect(problems).toHaveLength(4);
  });

  it('links a guardian with one child through a single child group', async () => {
    const { summary } = await importOnde([LUCAS], [PAUL], { childGroups: 1 });
    expect(summary).toMatchObject({ students: 1, guardians: 1, links: 1 });
  });

  it('accepts the files in either order and replaces the demo roster', async () => {
    ensureDemoRoster(db, clock);
    expect(isDemoMode(db)).toBe(true);
    const files = writeOndePair(PUPILS, GUARDIANS);
    const { summary } = await importRosterFiles(db, [files.students, files.guardians], {
      clock,
      ondeSchool: SCHOOL,
    });
    expect(summary.demoRosterRemoved).toBe(true);
    expect(isDemoMode(db)).toBe(false);
    expect(db.prepare('SELECT uai FROM schools').pluck().all()).toEqual([ONDE_UAI]);
  });

  it('re-importing the same export changes nothing', async () => {
    await importOnde();
    const before = fingerprintDatabase(db);
    const { summary } = await importOnde(PUPILS, GUARDIANS, { quoted: true, lineEnd: '\n' });
    expect(summary).toMatchObject({ changed: false, studentsUnchanged: 7, guardiansUnchanged: 4 });
    expect(fingerprintDatabase(db)).toEqual(before);
  });

  it('a newer export updates people in place and keeps an activated account', async () => {
    await importOnde();
    const patrickRow = () =>
      db
        .prepare(
          "SELECT id, mobile_e164, account_id FROM guardians WHERE source_id = 'onde:dupont|patrick'",
        )
        .get() as { id: number; mobile_e164: string; account_id: string | null };
    const camilleRow = () =>
      db
        .prepare(
          "SELECT id, class_name FROM students WHERE source_id = 'onde:dupont|camille|2016-03-14'",
        )
        .get() as { id: number; class_name: string };
    db.prepare(
      `INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at)
       VALUES ('acc-1', 'patrick.dupont1', 'Patrick', 'scrypt$x', 'then', 'then')`,
    ).run();
    db.prepare("UPDATE guardians SET account_id = 'acc-1' WHERE id = ?").run(patrickRow().id);
    const { id: patrickId } = patrickRow();
    const { id: camilleId } = camilleRow();

    // September: Camille moved up to CM2 B, Patrick changed his mobile, his names re-typed in
    // another case and with accents added.
    const camilleUp = { ...CAMILLE, className: 'CM2 B' };
    const newerPatrick: OndeGuardian = {
      ...PATRICK,
      familyName: 'Dupont',
      mobile: '07 98 76 54 32',
      children: [
        { familyName: 'DUPONT', firstName: 'Camille', className: 'CM2 B' },
        { familyName: 'DUPONT', firstName: 'Hugo', className: 'CE1' },
      ],
    };
    const newerSophie: OndeGuardian = {
      ...SOPHIE,
      children: [{ familyName: 'DUPONT', firstName: 'Camille', className: 'CM2 B' }],
    };
    const pupils = PUPILS.map((p) => (p === CAMILLE ? camilleUp : p));
    const { summary } = await importOnde(pupils, [newerPatrick, newerSophie, AMELIE, PAUL]);
    expect(summary).toMatchObject({
      changed: true,
      studentsUpdated: 1,
      guardiansUpdated: 1,
      guardiansAdded: 0,
      studentsAdded: 0,
      linksRemoved: 2, // Patrick–Emma and Sophie–Hugo
    });
    expect(patrickRow()).toEqual({
      id: patrickId,
      mobile_e164: '+33798765432',
      account_id: 'acc-1',
    });
    expect(camilleRow()).toEqual({ id: camilleId, class_name: 'CM2 B' });
    expect(db.prepare("SELECT identifier FROM accounts WHERE id = 'acc-1'").pluck().get()).toBe(
      'patrick.dupont1',
    );
  });

  it('tells homonym guardians apart by one of their children, and merges one guardian split over two rows', async () => {
    const otherPatrick: OndeGuardian = {
      ...PATRICK,
      mobile: '07 00 00 00 01',
      children: [{ familyName: 'MARTIN', firstName: 'Lucas', className: 'CM2' }],
    };
    const patrickSecondRow: OndeGuardian = {
      ...PATRICK,
      children: [{ familyName: 'DUPONT', firstName: 'Emma', className: 'GS' }],
    };
    const patrickFirstRow: OndeGuardian = { ...PATRICK, children: PATRICK.children.slice(0, 2) };
    await importOnde(PUPILS, [patrickFirstRow, otherPatrick, patrickSecondRow]);
    expect(rosterRows(db).links).toEqual([
      {
        guardian: 'onde:dupont|patrick|dupont|camille|2016-03-14',
        student: 'onde:dupont|camille|2016-03-14',
        legal_level: 1,
      },
      {
        guardian: 'onde:dupont|patrick|dupont|camille|2016-03-14',
        student: 'onde:dupont|emma|2020-01-21',
        legal_level: 1,
      },
      {
        guardian: 'onde:dupont|patrick|dupont|camille|2016-03-14',
        student: 'onde:dupont|hugo|2018-11-02',
        legal_level: 1,
      },
      {
        guardian: 'onde:dupont|patrick|martin|lucas|2015-01-01',
        student: 'onde:martin|lucas|2015-01-01',
        legal_level: 1,
      },
    ]);
  });

  it('reports rows it can only partly use: unknown Etat, incomplete child, guardian without first name', async () => {
    const oddState = { ...HUGO, state: 'Passage anticipé' };
    const halfChild: OndeGuardian = {
      ...PATRICK,
      children: [
        { familyName: 'DUPONT', firstName: 'Camille', className: 'CM1 A' },
        { familyName: 'DUPONT', firstName: '', className: 'CE1' },
      ],
    };
    const noFirstName: OndeGuardian = { ...SOPHIE, firstName: '' };
    const { summary, problems } = await importOnde([CAMILLE, oddState], [halfChild, noFirstName]);
    expect(summary).toMatchObject({ students: 2, enrolled: 2, guardians: 1, links: 1 });
    expect(problems.map(formatRosterProblem)).toEqual([
      'CSVExtraction-responsables.csv:2 child 2: warning: child without a first name or a family name: not linked',
      'CSVExtraction-responsables.csv:3: warning: guardian has no name ("Nom responsable") or no first name ("Prénom responsable"); skipped',
      'eleves.csv:3: warning: unknown "Etat" value "Passage anticipé" (expected admis, inscrit or radié); imported as enrolled',
    ]);
  });

  it('reports a child in another class than the students export says', async () => {
    const movedAmelie: OndeGuardian = {
      ...AMELIE,
      children: [{ familyName: 'LEFÈVRE', firstName: 'Noémie', className: 'CM1' }],
    };
    const { problems } = await importOnde(PUPILS, [PATRICK, movedAmelie]);
    expect(problems.map(formatRosterProblem)).toContain(
      'CSVExtraction-responsables.csv:3 child 1: warning: child (class "CM1") matches a pupil by name, but in class "CE2" in the students export: not linked',
    );
  });
});

describe('ONDE files refused, nothing written', () => {
  async function expectRefused(
    write: (dir: string, files: { students: string; guardians: string }) => void,
    expected: string[],
    school: { uai: string; name: string | null } | null = SCHOOL,
  ) {
    await importOnde([CAMILLE, HUGO], [PATRICK]);
    const before = fingerprintDatabase(db);
    const files = writeOndePair(PUPILS, GUARDIANS);
    write(files.dir, files);
    const error = await rejection(
      importRosterFiles(db, [files.students, files.guardians], { clock, ondeSchool: school }),
    );
    expect(error.problems.filter((p) => p.severity === 'fatal').map(formatRosterProblem)).toEqual(
      expected,
    );
    expect(fingerprintDatabase(db)).toEqual(before);
  }

  it('a malformed birth date', async () => {
    const bad = { ...HUGO, birthDate: '31/02/2018' };
    await expectRefused(
      (_dir, files) => writeFileSync(files.students, studentsCsv([CAMILLE, bad])),
      ['eleves.csv:3: fatal: invalid birth date "31/02/2018" (expected dd/mm/yyyy or yyyy-mm-dd)'],
    );
  });

  it('the same pupil twice', async () => {
    await expectRefused(
      (_dir, files) => writeFileSync(files.students, studentsCsv([CAMILLE, HUGO, CAMILLE])),
      [
        'eleves.csv:4: fatal: the same pupil (names and birth date) is already on line 2: remove the duplicate row',
      ],
    );
  });

  it('a byte Windows-1252 does not define', async () => {
    await expectRefused(
      (_dir, files) => {
        const bytes = studentsCsv(PUPILS);
        const at = bytes.indexOf('Hugo');
        bytes[at + 1] = 0x81;
        writeFileSync(files.students, bytes);
      },
      [
        'eleves.csv:3: fatal: byte 0x81 is neither UTF-8 nor Windows-1252: the file is in another encoding; export it again from ONDE',
      ],
    );
  });

  it('a file mixing UTF-8 and Windows-1252 text', async () => {
    await expectRefused(
      (_dir, files) => {
        const latin = studentsCsv(PUPILS);
        const utf8Line = Buffer.from(
          'MARTIN;Chloé;CP;CYCLE II;;CP;02/09/2024;;;;03/03/2019;PARIS;075;FRANCE;FEMININ;;;;;Admis définitif\r\n',
          'utf8',
        );
        writeFileSync(files.students, Buffer.concat([latin, utf8Line]));
      },
      [
        'eleves.csv:9: fatal: the file mixes UTF-8 and Windows-1252 text (an accented letter reads as "Ã…"): it was probably edited and saved again; export it again from ONDE',
      ],
    );
  });

  it('a UTF-8 byte-order mark over Windows-1252 bytes', async () => {
    await expectRefused(
      (_dir, files) =>
        writeFileSync(
          files.guardians,
          Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), guardiansCsv(GUARDIANS)]),
        ),
      [
        'CSVExtraction-responsables.csv: fatal: the file starts with a UTF-8 byte-order mark but its bytes are not valid UTF-8: export it again from ONDE, or save it again as "CSV UTF-8"',
      ],
    );
  });

  it('a quoted field never closed', async () => {
    await expectRefused(
      (_dir, files) =>
        writeFileSync(
          files.students,
          Buffer.concat([studentsCsv(PUPILS), iconv.encode('"DUPONT;Léon;CP\r\n', 'windows-1252')]),
        ),
      [
        'eleves.csv:9: fatal: not a well-formed CSV file: a quoted field is never closed (a " is missing)',
      ],
    );
  });

  it('a students export without its birth date column', async () => {
    await expectRefused(
      (_dir, files) =>
        writeFileSync(
          files.students,
          iconv.encode('Nom élève;Prénom élève;Classe\r\nDUPONT;Camille;CM1 A\r\n', 'windows-1252'),
        ),
      [
        'eleves.csv:1: fatal: the students export has no column "Date naissance": export the "liste des élèves" again from ONDE',
      ],
    );
  });

  it('a file that is not an ONDE export, and then no guardians file', async () => {
    await expectRefused(
      (_dir, files) =>
        writeFileSync(files.guardians, '<?xml version="1.0"?>\n<BEE_RESPONSABLES/>\n'),
      [
        'CSVExtraction-responsables.csv:1: fatal: not an ONDE export: the first line should be the header of the students export ("Nom élève;Prénom élève;…") or of the guardians export ("Civilité Responsable;…;Nom responsable;…")',
      ],
    );
  });

  it('a guardians export without its mobile column', async () => {
    await expectRefused(
      (_dir, files) =>
        writeFileSync(
          files.guardians,
          iconv.encode(
            "Civilité Responsable;Nom responsable;Prénom responsable;Nom d'usage enfant;Nom de famille enfant;Prénom enfant;Classes enfants\r\nM;DUPONT;Patrick;;DUPONT;Camille;CM1 A\r\n",
            'windows-1252',
          ),
        ),
      [
        'CSVExtraction-responsables.csv:1: fatal: the guardians export has no column "Téléphone portable": export "CSVExtraction-responsables" again from ONDE',
      ],
    );
  });

  it('exports with a header and no rows', async () => {
    await expectRefused(
      (_dir, files) => {
        writeFileSync(files.students, studentsCsv([]));
        writeFileSync(files.guardians, guardiansCsv([]));
      },
      [
        'eleves.csv: fatal: the students export lists no pupil: export it again from ONDE',
        'CSVExtraction-responsables.csv: fatal: the guardians export lists no guardian: export it again from ONDE',
      ],
    );
  });

  it('no school id', async () => {
    await expectRefused(
      () => undefined,
      ['fatal: ONDE exports do not name their school: give its UAI (e.g. --uai 0751234A)'],
      null,
    );
  });

  it('two students files', async () => {
    await importOnde([CAMILLE], [PATRICK]);
    const files = writeOndePair(PUPILS, GUARDIANS);
    const second = join(files.dir, 'eleves-2.csv');
    writeFileSync(second, studentsCsv([CAMILLE]));
    const error = await rejection(
      importRosterFiles(db, [files.students, second], { clock, ondeSchool: SCHOOL }),
    );
    expect(error.problems.map(formatRosterProblem)).toEqual([
      'fatal: several students files given: eleves.csv, eleves-2.csv',
    ]);
  });
});
