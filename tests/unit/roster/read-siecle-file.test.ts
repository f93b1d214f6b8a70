import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiecleFile } from '../../../main/roster/siecle/read-siecle-file';
import type {
  SiecleGuardiansFile,
  SiecleStudentsFile,
} from '../../../main/roster/siecle/siecle-file';
import {
  guardiansXml,
  makeTempDir,
  SAMPLES_DIR,
  studentsXml,
  writeLatin9,
} from '../../fixtures/siecle/siecle-fixture-files';

async function readStudents(path: string): Promise<SiecleStudentsFile> {
  const reading = await readSiecleFile(path);
  expect(reading.problems.filter((p) => p.severity === 'fatal')).toEqual([]);
  expect(reading.file?.kind).toBe('students');
  return reading.file as SiecleStudentsFile;
}

async function readGuardians(path: string): Promise<SiecleGuardiansFile> {
  const reading = await readSiecleFile(path);
  expect(reading.problems.filter((p) => p.severity === 'fatal')).toEqual([]);
  expect(reading.file?.kind).toBe('guardians');
  return reading.file as SiecleGuardiansFile;
}

describe('readSiecleFile on the real anonymised samples', () => {
  it('reads the students file with a double structure: one student, class from the D structure', async () => {
    const file = await readStudents(
      join(SAMPLES_DIR, 'eleves_avec_adresse_avec_double_structure.xml'),
    );
    expect(file.school).toEqual({ uai: '0660864F', schoolYear: 2019 });
    expect(file.students).toEqual([
      expect.objectContaining({
        sourceId: '1541944',
        familyName: 'ESCAGLIA',
        firstName: 'Jeanine',
        birthDate: '2002-06-21',
        enrolled: true,
      }),
    ]);
    // "_301P1" is a group (G); last year's CODE_STRUCTURE 406 is not this year's class.
    expect(file.classByStudent).toEqual(new Map([['1541944', '301']]));
  });

  it('reads the guardians sample: 3 persons, 3 level-1 links, phones in E.164', async () => {
    const file = await readGuardians(join(SAMPLES_DIR, 'responsables_avec_adresses_simple.xml'));
    expect(file.school.uai).toBe('0140070A');
    expect(
      file.guardians.map((g) => [g.sourceId, g.civility, g.familyName, g.firstName, g.mobileE164]),
    ).toEqual([
      ['209401', 'MME', 'ROCK', 'Maryline', '+33764444288'],
      ['209406', 'MME', 'TRUC', 'Bidule', '+33768666668'],
      ['209400', 'MME', 'LOVELACE', 'Ada', '+33768666668'],
    ]);
    expect(
      file.links.map((l) => [l.studentSourceId, l.guardianSourceId, l.legalLevel, l.relationCode]),
    ).toEqual([
      ['610308', '209401', 1, '10'],
      ['610308', '209406', 1, '10'],
      ['610305', '209400', 1, '10'],
    ]);
  });

  it('refuses the malformed sample with the line and element of the mistyped tag', async () => {
    const reading = await readSiecleFile(join(SAMPLES_DIR, 'eleves_avec_adresse_simple.xml'));
    expect(reading.file).toBeNull();
    expect(reading.problems).toEqual([
      expect.objectContaining({
        severity: 'fatal',
        file: 'eleves_avec_adresse_simple.xml',
        line: 139,
        recordId: 'ELEVE_ID=1559191',
        element: 'STRICTURES_ELEVE',
        reason: expect.stringMatching(
          /^not well-formed XML: unexpected close tag; <STRICTURES_ELEVE> opened on line 134/,
        ),
      }),
    ]);
  });

  it('reads all 179 students of the stripped Debussy export but flags their missing names as fatal', async () => {
    const reading = await readSiecleFile(join(SAMPLES_DIR, 'eleves_debussy_mef_destination.xml'));
    const fatal = reading.problems.filter((p) => p.severity === 'fatal');
    const studentsWithProblems = new Set(fatal.map((p) => p.recordId));
    expect(studentsWithProblems.size).toBe(179);
    expect(fatal[0]).toMatchObject({ line: 10, element: 'ELEVE', recordId: 'ELEVE_ID=3598841' });
    expect(fatal.map((p) => p.reason)).toContain(
      'student has no family name (NOM_DE_FAMILLE or NOM)',
    );
  });
});

describe('readSiecleFile on a Latin-9 students/guardians pair', () => {
  it('decodes ISO-8859-15 bytes (é, œ, Œ) and maps names, dates, classes and leavers', async () => {
    const dir = makeTempDir();
    const file = await readStudents(writeLatin9(dir, 'eleves.xml', studentsXml()));
    const byId = new Map(file.students.map((s) => [s.sourceId, s]));
    expect(byId.get('1001')).toMatchObject({
      familyName: 'LEFÈVRE',
      firstName: 'Zoé',
      birthDate: '2012-03-14',
    });
    // Before 2016 the family name was a single <NOM>; single-digit day and month are accepted.
    expect(byId.get('1002')).toMatchObject({
      familyName: 'ŒUVRARD',
      firstName: 'Hélène',
      birthDate: '2013-02-01',
    });
    expect(byId.get('1003')).toMatchObject({ enrolled: false });
    expect(byId.get('1004')).toMatchObject({
      usageName: 'DUPONT-MOREAU',
      birthDate: '2012-02-29',
      enrolled: true,
    });
    expect(file.classByStudent.get('1001')).toBe('5EME 2'); // D, not the G group listed first
    expect(file.classByStudent.has('1003')).toBe(false); // "Inactifs" is not a class
  });

  it('reads guardians: TEL_PERSONNEL only when it is a mobile, RESP_LEGAL 1 → level 1 and 0 → level 3', async () => {
    const dir = makeTempDir();
    const file = await readGuardians(writeLatin9(dir, 'resp.xml', guardiansXml()));
    const mobiles = Object.fromEntries(file.guardians.map((g) => [g.sourceId, g.mobileE164]));
    expect(mobiles).toEqual({
      '2001': '+33612345678',
      '2002': '+33781234567', // from TEL_PERSONNEL "0033 7 81…"
      '2003': null, // a landline in TEL_PORTABLE
      '2004': '+33698765432',
    });
    expect(file.guardians.find((g) => g.sourceId === '2002')).toMatchObject({
      familyName: 'ŒUVRARD',
      firstName: 'François',
    });
    const level = (student: string, person: string) =>
      file.links.find((l) => l.studentSourceId === student && l.guardianSourceId === person)
        ?.legalLevel;
    expect(level('1002', '2002')).toBe(1);
    expect(level('1002', '2004')).toBe(3);
    expect(level('1001', '2004')).toBe(2);
  });

  it('reads RESP_LEGAL 2 (second legal guardian, older files) as level 1, like RESP_LEGAL 1', async () => {
    const dir = makeTempDir();
    const file = await readGuardians(
      writeLatin9(dir, 'resp.xml', guardiansXml({ oeuvrardRespLegal: 2 })),
    );
    expect(
      file.links.find((l) => l.studentSourceId === '1002' && l.guardianSourceId === '2002'),
    ).toMatchObject({ legalLevel: 1, relationCode: '20' });
  });

  it('reads € and œ written as single Latin-9 bytes, and refuses a second ELEVE_ID', async () => {
    const dir = makeTempDir();
    const extra = `
      <ELEVE ELEVE_ID="1005"><NOM_DE_FAMILLE>CŒUR-€</NOM_DE_FAMILLE><PRENOM>Maëlle</PRENOM><DATE_NAISS>01/01/2014</DATE_NAISS></ELEVE>
      <ELEVE ELEVE_ID="1001"><NOM_DE_FAMILLE>X</NOM_DE_FAMILLE><PRENOM>Y</PRENOM><DATE_NAISS>01/01/2014</DATE_NAISS></ELEVE>`;
    const path = writeLatin9(dir, 'eleves.xml', studentsXml({ extraStudents: extra }));
    const reading = await readSiecleFile(path);
    const file = reading.file as SiecleStudentsFile;
    expect(file.students.find((s) => s.sourceId === '1005')?.familyName).toBe('CŒUR-€');
    expect(reading.problems).toEqual([
      expect.objectContaining({
        severity: 'fatal',
        recordId: 'ELEVE_ID=1001',
        reason: 'the same ELEVE_ID appears twice',
      }),
    ]);
  });

  it('reports a student without ELEVE_ID, without first name or with an impossible birth date as fatal', async () => {
    const dir = makeTempDir();
    const extra = `
      <ELEVE><NOM_DE_FAMILLE>SANS</NOM_DE_FAMILLE><PRENOM>Id</PRENOM><DATE_NAISS>01/01/2014</DATE_NAISS></ELEVE>
      <ELEVE ELEVE_ID="1006"><NOM_DE_FAMILLE>SANS</NOM_DE_FAMILLE><DATE_NAISS>31/02/2014</DATE_NAISS></ELEVE>`;
    const reading = await readSiecleFile(
      writeLatin9(dir, 'eleves.xml', studentsXml({ extraStudents: extra })),
    );
    expect(reading.problems.map((p) => [p.severity, p.recordId, p.reason])).toEqual([
      ['fatal', null, 'student without an ELEVE_ID attribute'],
      ['fatal', 'ELEVE_ID=1006', 'student has no first name (PRENOM)'],
      ['fatal', 'ELEVE_ID=1006', 'invalid birth date "31/02/2014" (expected dd/mm/yyyy)'],
    ]);
    expect(reading.problems[1]?.line).toBeGreaterThan(30);
  });

  it('refuses a file whose root is neither BEE_ELEVES nor BEE_RESPONSABLES', async () => {
    const dir = makeTempDir();
    const path = writeLatin9(
      dir,
      'other.xml',
      '<?xml version="1.0" encoding="ISO-8859-15"?>\n<NOMENCLATURES/>\n',
    );
    const reading = await readSiecleFile(path);
    expect(reading.file).toBeNull();
    expect(reading.problems).toEqual([
      expect.objectContaining({
        severity: 'fatal',
        line: 2,
        element: 'NOMENCLATURES',
        reason: expect.stringContaining('unexpected root element'),
      }),
    ]);
  });

  it('refuses a zip archive with a clear reason', async () => {
    const dir = makeTempDir();
    const path = writeLatin9(dir, 'ExportXML_ElevesSansAdresses.zip', 'PK\u0003\u0004rest');
    const reading = await readSiecleFile(path);
    expect(reading.problems[0]?.reason).toBe('this is a zip archive: extract the XML file first');
  });

  it('streams a large UTF-8 export across many chunks without breaking multi-byte letters', async () => {
    const dir = makeTempDir();
    const many = Array.from(
      { length: 3000 },
      (_, i) =>
        `<ELEVE ELEVE_ID="${5000 + i}"><NOM_DE_FAMILLE>ÉLÈVE-ŒŸ${i}</NOM_DE_FAMILLE><PRENOM>Zoë</PRENOM><DATE_NAISS>01/01/2014</DATE_NAISS></ELEVE>`,
    ).join('\n');
    const xml = studentsXml({ extraStudents: many }).replace('ISO-8859-15', 'UTF-8');
    const path = join(dir, 'utf8.xml');
    writeFileSync(path, xml, 'utf8');
    expect(Buffer.byteLength(xml)).toBeGreaterThan(3 * 64 * 1024);
    const file = await readStudents(path);
    expect(file.students).toHaveLength(3004);
    expect(
      file.students
        .filter((s) => s.sourceId >= '5000')
        .every((s) => /^ÉLÈVE-ŒŸ\d+$/.test(s.familyName)),
    ).toBe(true);
    expect(file.students.at(-1)).toMatchObject({
      sourceId: '7999',
      familyName: 'ÉLÈVE-ŒŸ2999',
      firstName: 'Zoë',
    });
  });
});
