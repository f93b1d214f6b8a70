// The import reads each SIECLE file on a worker thread when the bundled worker is there (the
// CLI, the browser host, the benchmark): it must stage exactly what reading on one thread does.
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import type { RosterProblem } from '../../../main/roster/roster-problem';
import { SIECLE_READ_WORKER_FILE } from '../../../main/roster/siecle/read-siecle-in-worker';
import { stageSiecleFiles } from '../../../main/roster/siecle/stage-siecle-files';
import { createRosterStager } from '../../../main/roster/staging/roster-stager';
import { resetStagingTables } from '../../../main/roster/staging/roster-staging-tables';
import {
  FIXTURE_UAJ,
  guardiansXml,
  makeTempDir,
  studentsXml,
  writeFixturePair,
  writeLatin9,
} from '../../fixtures/siecle/siecle-fixture-files';

let workerScript = '';
beforeAll(async () => {
  workerScript = join(makeTempDir(), SIECLE_READ_WORKER_FILE);
  await build({
    entryPoints: ['main/roster/siecle/siecle-read-worker.ts'],
    outfile: workerScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
});

const opened: KioskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Stages `paths` and returns everything the preview goes on: school, problems, staged rows. */
async function stage(paths: string[], script: string | null) {
  const db = openDatabase(':memory:');
  opened.push(db);
  resetStagingTables(db);
  const problems: RosterProblem[] = [];
  const stager = createRosterStager(db, (problem) => problems.push(problem));
  const school = await stageSiecleFiles(stager, paths, problems, { workerScript: script });
  const rows = (table: string) =>
    db.prepare(`SELECT * FROM temp.${table} ORDER BY 1, 2`).all() as Array<Record<string, unknown>>;
  return {
    school,
    problems,
    students: rows('stage_students'),
    classes: rows('stage_classes'),
    guardians: rows('stage_guardians'),
    links: rows('stage_links_read'),
  };
}

describe('reading SIECLE files on worker threads', () => {
  it('stages an export pair exactly as reading on one thread', async () => {
    const { students, guardians } = writeFixturePair();
    const paths = [students, guardians];
    const inWorkers = await stage(paths, workerScript);
    expect(inWorkers.school?.uai).toBe(FIXTURE_UAJ);
    expect(inWorkers.students.length).toBeGreaterThan(0);
    expect(inWorkers.guardians.length).toBeGreaterThan(0);
    expect(inWorkers.links.length).toBeGreaterThan(0);
    expect(inWorkers).toEqual(await stage(paths, null));
  });

  it('reports the same problems, in the order the files were given, for a bad link and a duplicate', async () => {
    const duplicate = `
      <ELEVE ELEVE_ID="1001"><NOM_DE_FAMILLE>X</NOM_DE_FAMILLE><PRENOM>Y</PRENOM><DATE_NAISS>01/01/2014</DATE_NAISS></ELEVE>`;
    const badLevel = `
      <RESPONSABLE_ELEVE><ELEVE_ID>1001</ELEVE_ID><PERSONNE_ID>2001</PERSONNE_ID><NIVEAU_RESPONSABILITE>9</NIVEAU_RESPONSABILITE></RESPONSABLE_ELEVE>`;
    const { students, guardians } = writeFixturePair({
      students: studentsXml({ extraStudents: duplicate }),
      guardians: guardiansXml({ extraLinks: badLevel }),
    });
    // Guardians first: the problems still follow the order the files were given.
    const inWorkers = await stage([guardians, students], workerScript);
    expect(inWorkers.problems.map((p) => [p.file, p.recordId, p.reason])).toContainEqual([
      'ElevesSansAdresses.xml',
      'ELEVE_ID=1001',
      'the same ELEVE_ID appears twice',
    ]);
    expect(inWorkers.problems[0]).toMatchObject({
      file: 'ResponsablesAvecAdresses.xml',
      reason: expect.stringContaining('NIVEAU_RESPONSABILITE') as string,
    });
    expect(inWorkers).toEqual(await stage([guardians, students], null));
  });

  it('refuses a malformed file with its line and element, as on one thread', async () => {
    const { students } = writeFixturePair();
    const broken = writeLatin9(
      makeTempDir(),
      'ResponsablesAvecAdresses.xml',
      guardiansXml().replace('</PRENOM>', '</PRENOMS>'),
    );
    const inWorkers = await stage([students, broken], workerScript);
    expect(inWorkers.school).toBeNull();
    expect(inWorkers.problems).toEqual([
      expect.objectContaining({
        severity: 'fatal',
        file: 'ResponsablesAvecAdresses.xml',
        element: 'PRENOM',
        reason: expect.stringContaining('not well-formed XML') as string,
      }),
    ]);
    expect(inWorkers.problems[0]?.line).toBeGreaterThan(1);
    expect(inWorkers).toEqual(await stage([students, broken], null));
  });

  it('says the file could not be read when the reading thread cannot start, and stages nothing', async () => {
    const { students, guardians } = writeFixturePair();
    const missing = join(makeTempDir(), SIECLE_READ_WORKER_FILE);
    const result = await stage([students, guardians], missing);
    expect(result.school).toBeNull();
    expect(result.problems.map((p) => [p.severity, p.file])).toEqual([
      ['fatal', 'ElevesSansAdresses.xml'],
      ['fatal', 'ResponsablesAvecAdresses.xml'],
    ]);
    expect(result.problems[0]?.reason).toMatch(/^cannot read the file: /);
  });
});
