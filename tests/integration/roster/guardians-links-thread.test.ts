// A large guardians file is read by two threads at once: one reads the persons, the other finds
// the RESPONSABLES block in the bytes and reads the links from there. Whatever the file, the
// import must stage and report exactly what one reading of the whole file does, and use the
// second thread only where both readings agree on where the block starts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import type { RosterProblem } from '../../../main/roster/roster-problem';
import { stageSiecleFiles } from '../../../main/roster/siecle/stage-siecle-files';
import { resetStagingTables } from '../../../main/roster/staging/roster-staging-tables';
import {
  declareEncoding,
  FIXTURE_UAJ,
  guardiansXml,
  makeTempDir,
  studentsXml,
  writeLatin9,
  writeUtf8,
} from '../../fixtures/siecle/siecle-fixture-files';
import { writeZip } from '../../fixtures/zip-archive';

const opened: KioskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Everything the preview goes on after staging `paths`, and how many staging files it used. */
async function stage(paths: string[], linksThreadFromBytes: number) {
  const db = openDatabase(':memory:');
  opened.push(db);
  resetStagingTables(db);
  const problems: RosterProblem[] = [];
  const school = await stageSiecleFiles(db, paths, problems, {
    workerScript: null,
    linksThreadFromBytes,
  });
  const rows = (table: string) =>
    school === null ? [] : db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
  const stagingFiles = (db.pragma('database_list') as Array<{ name: string }>).filter((schema) =>
    schema.name.startsWith('staged_'),
  ).length;
  return {
    staged: {
      school,
      problems,
      students: rows('stage_students'),
      guardians: rows('stage_guardians'),
      links: rows('stage_links'),
    },
    stagingFiles,
  };
}

/** Stages the pair with the links on a thread of their own, and as one reading, and compares. */
async function stageBothWays(guardians: string, students = writeStudents()) {
  const apart = await stage([students, guardians], 0);
  const whole = await stage([students, guardians], Number.POSITIVE_INFINITY);
  expect(whole.stagingFiles === 0 || whole.stagingFiles === 2).toBe(true);
  expect(apart.staged).toEqual(whole.staged);
  return apart;
}

const writeStudents = () => writeLatin9(makeTempDir(), 'ElevesSansAdresses.xml', studentsXml());
const writeGuardians = (xml: string, name = 'ResponsablesAvecAdresses.xml') =>
  writeLatin9(makeTempDir(), name, xml);

const ADDRESSES = `
    <ADRESSES>
      <ADRESSE ADRESSE_ID="1"><LIGNE1_ADRESSE>1 rue Écuyère</LIGNE1_ADRESSE></ADRESSE>
    </ADRESSES>
  </DONNEES>`;
const withAddresses = (xml: string) => xml.replace('\n  </DONNEES>', ADDRESSES);

describe('a guardians file whose links are read by a thread of their own', () => {
  it('stages the same persons and links, with their lines, as one reading', async () => {
    const xml = withAddresses(guardiansXml());
    const apart = await stageBothWays(writeGuardians(xml));
    expect(apart.stagingFiles).toBe(3);
    expect(apart.staged.school?.uai).toBe(FIXTURE_UAJ);
    const firstLink = xml.split('\n').findIndex((text) => text.includes('<RESPONSABLE_ELEVE>')) + 1;
    const lines = apart.staged.links.map((link) => (link as { line: number }).line);
    expect(Math.min(...lines)).toBe(firstLink);
  });

  it('gives a bad link its line in a file with Windows line ends, as one reading does', async () => {
    const badLevel = `
      <RESPONSABLE_ELEVE><ELEVE_ID>1001</ELEVE_ID><PERSONNE_ID>2001</PERSONNE_ID><NIVEAU_RESPONSABILITE>9</NIVEAU_RESPONSABILITE></RESPONSABLE_ELEVE>`;
    const xml = withAddresses(guardiansXml({ extraLinks: badLevel })).replace(/\n/g, '\r\n');
    const apart = await stageBothWays(writeGuardians(xml));
    expect(apart.stagingFiles).toBe(0);
    const line = xml.split('\r\n').findIndex((text) => text.includes('>9</NIVEAU')) + 1;
    expect(apart.staged.problems).toContainEqual(
      expect.objectContaining({ severity: 'fatal', line, element: 'RESPONSABLE_ELEVE' }),
    );
  });

  it('refuses a link block that is not well-formed with the line and element one reading gives', async () => {
    const xml = withAddresses(guardiansXml()).replace(
      '<CODE_PARENTE>20</CODE_PARENTE>',
      '<CODE_PARENTE>20</CODE_PARENT>',
    );
    const apart = await stageBothWays(writeGuardians(xml));
    expect(apart.staged.school).toBeNull();
    expect(apart.staged.problems).toEqual([
      expect.objectContaining({
        severity: 'fatal',
        element: 'CODE_PARENTE',
        reason: expect.stringContaining('not well-formed XML') as string,
      }),
    ]);
  });

  it('refuses a file cut short after its links, as one reading does', async () => {
    const full = withAddresses(guardiansXml());
    const apart = await stageBothWays(writeGuardians(full.slice(0, full.indexOf('</ADRESSES>'))));
    expect(apart.staged.problems).toEqual([
      // "cut short" when the end came in a chunk of its own, "unclosed tag" in a small file.
      expect.objectContaining({
        severity: 'fatal',
        reason: expect.stringMatching(/cut short|unclosed tag: ADRESSES/) as string,
      }),
    ]);
  });

  it('reads the links itself when they come before the persons', async () => {
    const xml = guardiansXml();
    const persons = xml.slice(xml.indexOf('<PERSONNES>'), xml.indexOf('</PERSONNES>') + 12);
    const links = xml.slice(xml.indexOf('<RESPONSABLES>'), xml.indexOf('</RESPONSABLES>') + 15);
    const swapped = xml.replace(persons, '@@').replace(links, persons).replace('@@', links);
    const apart = await stageBothWays(writeGuardians(swapped));
    expect(apart.stagingFiles).toBe(2);
    expect(apart.staged.links.length).toBeGreaterThan(0);
  });

  it('reads the file again as one when a comment holds the block tag before the block', async () => {
    const xml = withAddresses(guardiansXml()).replace(
      '<PERSONNES>',
      '<!-- <RESPONSABLES> are after the persons --><PERSONNES>',
    );
    const apart = await stageBothWays(writeGuardians(xml));
    expect(apart.stagingFiles).toBe(2);
    expect(apart.staged.guardians.length).toBeGreaterThan(0);
    expect(apart.staged.links.length).toBeGreaterThan(0);
  });

  it('reads a UTF-8 file as one (its positions are not byte offsets)', async () => {
    const xml = declareEncoding(withAddresses(guardiansXml()), 'UTF-8');
    const apart = await stageBothWays(
      writeUtf8(makeTempDir(), 'ResponsablesAvecAdresses.xml', xml),
    );
    expect(apart.stagingFiles).toBe(2);
    expect(apart.staged.problems.filter((p) => p.severity === 'fatal')).toEqual([]);
  });

  it('splits a guardians file given inside the export tool’s zip', async () => {
    const guardians = writeGuardians(withAddresses(guardiansXml()));
    const zip = writeZip(join(makeTempDir(), 'ExportXML_ResponsablesAvecAdresses.zip'), [
      { name: 'ResponsablesAvecAdresses.xml', data: readFileSync(guardians) },
    ]);
    const apart = await stage([writeStudents(), zip], 0);
    const plain = await stage([writeStudents(), guardians], Number.POSITIVE_INFINITY);
    expect(apart.stagingFiles).toBe(3);
    expect(apart.staged.links).toEqual(plain.staged.links);
    expect(apart.staged.guardians).toEqual(plain.staged.guardians);
  });
});
