// The import stages each SIECLE file on a worker thread when the bundled worker is there (the
// CLI, the browser host, the packaged app, the benchmark): it must stage exactly what staging
// on one thread does.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import type { RosterProblem } from '../../../main/roster/roster-problem';
import { SIECLE_STAGE_WORKER_FILE } from '../../../main/roster/siecle/stage-siecle-in-worker';
import { stageSiecleFiles } from '../../../main/roster/siecle/stage-siecle-files';
import {
  dropStagingTables,
  resetStagingTables,
} from '../../../main/roster/staging/roster-staging-tables';
import { readFileSync } from 'node:fs';
import { writeZip } from '../../fixtures/zip-archive';
import {
  FIXTURE_UAJ,
  guardiansXml,
  makeTempDir,
  studentsXml,
  writeFixturePair,
  writeLatin9,
} from '../../fixtures/siecle/siecle-fixture-files';

let workerScript = '';
let workerDir = '';
beforeAll(async () => {
  // Inside the repository, so that the worker finds better-sqlite3 in node_modules.
  mkdirSync('node_modules/.cache', { recursive: true });
  workerDir = mkdtempSync(join('node_modules/.cache', 'siecle-stage-worker-'));
  workerScript = resolve(workerDir, SIECLE_STAGE_WORKER_FILE);
  await build({
    entryPoints: ['main/roster/siecle/siecle-stage-worker.ts'],
    outfile: workerScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
});

afterAll(() => rmSync(workerDir, { recursive: true, force: true }));

const opened: KioskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Stages `paths` and returns everything the preview goes on: school, problems, staged rows. */
async function stage(paths: string[], script: string | null, linksThreadFromBytes?: number) {
  const db = openDatabase(':memory:');
  opened.push(db);
  resetStagingTables(db);
  const problems: RosterProblem[] = [];
  const school = await stageSiecleFiles(db, paths, problems, {
    workerScript: script,
    linksThreadFromBytes,
  });
  const rows = (table: string) =>
    school === null
      ? []
      : (db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all() as Array<
          Record<string, unknown>
        >);
  return {
    school,
    problems,
    files: db.prepare('SELECT * FROM temp.stage_files ORDER BY id').all(),
    students: rows('stage_students'),
    classes: rows('stage_classes'),
    guardians: rows('stage_guardians'),
    links: rows('stage_links'),
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

  it('stages a guardians file on two threads (persons, links) as reading it on one', async () => {
    const { students, guardians } = writeFixturePair();
    const paths = [students, guardians];
    const onThreeThreads = await stage(paths, workerScript, 0);
    expect(onThreeThreads.links.length).toBeGreaterThan(0);
    expect(onThreeThreads).toEqual(await stage(paths, null, Number.POSITIVE_INFINITY));
  });

  it('stages the zips the export tool produces in workers, both files in one zip too', async () => {
    const { students, guardians, dir } = writeFixturePair();
    const entry = (path: string) => ({
      name: path.split('/').at(-1) ?? '',
      data: readFileSync(path),
    });
    const apart = [
      writeZip(join(dir, 'ExportXML_ElevesSansAdresses.zip'), [entry(students)]),
      writeZip(join(dir, 'ExportXML_ResponsablesAvecAdresses.zip'), [entry(guardians)]),
    ];
    const together = [writeZip(join(dir, 'export.zip'), [entry(guardians), entry(students)])];
    const plain = await stage([students, guardians], null);
    const withoutFile = (rows: Array<Record<string, unknown>>) =>
      rows.map(({ file_id: _file, ...row }) => row);
    for (const [zips, names] of [
      [
        apart,
        [
          'ExportXML_ElevesSansAdresses.zip/ElevesSansAdresses.xml',
          'ExportXML_ResponsablesAvecAdresses.zip/ResponsablesAvecAdresses.xml',
        ],
      ],
      [together, ['export.zip/ResponsablesAvecAdresses.xml', 'export.zip/ElevesSansAdresses.xml']],
    ] as const) {
      const inWorkers = await stage([...zips], workerScript);
      expect(inWorkers.school?.uai).toBe(FIXTURE_UAJ);
      expect(inWorkers.problems).toEqual([]);
      expect(inWorkers.files.map((f) => (f as { name: string }).name)).toEqual(names);
      for (const table of ['students', 'classes', 'guardians', 'links'] as const) {
        expect(withoutFile(inWorkers[table])).toEqual(withoutFile(plain[table]));
      }
    }
  });

  it('deletes the staging files when the staging is dropped', async () => {
    const { students, guardians } = writeFixturePair();
    const db = openDatabase(':memory:');
    opened.push(db);
    resetStagingTables(db);
    await stageSiecleFiles(db, [students, guardians], [], { workerScript });
    const files = (db.pragma('database_list') as Array<{ name: string; file: string }>)
      .filter((schema) => schema.name.startsWith('staged_'))
      .map((schema) => schema.file);
    expect(files).toHaveLength(2);
    expect(files.every((file) => existsSync(file))).toBe(true);
    dropStagingTables(db);
    expect(files.some((file) => existsSync(file))).toBe(false);
    expect(() => db.prepare('SELECT 1 FROM stage_students').get()).toThrow(/no such table/);
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

  it('stages on this thread, with a warning, when the staging thread cannot start', async () => {
    const { students, guardians } = writeFixturePair();
    const missing = resolve(workerDir, 'missing', SIECLE_STAGE_WORKER_FILE);
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const result = await stage([students, guardians], missing);
      expect(result).toEqual(await stage([students, guardians], null));
      expect(result.school?.uai).toBe(FIXTURE_UAJ);
      expect(warned.mock.calls.map((call) => String(call[0])).sort()).toEqual([
        expect.stringMatching(
          /staging thread of ElevesSansAdresses\.xml failed .*; staging it on the import's thread/,
        ),
        expect.stringMatching(
          /staging thread of ResponsablesAvecAdresses\.xml failed .*; staging it on the import's thread/,
        ),
      ]);
    } finally {
      warned.mockRestore();
    }
  });
});
