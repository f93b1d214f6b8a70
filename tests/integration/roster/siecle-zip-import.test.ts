import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import type { Clock } from '../../../main/platform/clock';
import { importRosterFiles } from '../../../main/roster/import-roster-files';
import { previewRosterImport } from '../../../main/roster/roster-import';
import { RosterImportError } from '../../../main/roster/roster-import-error';
import { MAX_ZIP_ENTRIES } from '../../../main/roster/siecle/open-siecle-zip';
import { writeFixturePair, FIXTURE_UAJ } from '../../fixtures/siecle/siecle-fixture-files';
import { writeZip } from '../../fixtures/zip-archive';
import { fingerprintDatabase } from './db-fingerprint';

const clock: Clock = { now: () => new Date('2024-09-02T08:00:00Z') };

let db: KioskDatabase;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

/** The fixture pair, and each file zipped as SIECLE's export tool names them. */
function zippedPair() {
  const pair = writeFixturePair();
  const students = readFileSync(pair.students);
  const guardians = readFileSync(pair.guardians);
  return {
    ...pair,
    studentsBytes: students,
    guardiansBytes: guardians,
    studentsZip: writeZip(join(pair.dir, 'ExportXML_ElevesSansAdresses.zip'), [
      { name: 'ElevesSansAdresses.xml', data: students },
    ]),
    guardiansZip: writeZip(join(pair.dir, 'ExportXML_ResponsablesAvecAdresses.zip'), [
      { name: 'ResponsablesAvecAdresses.xml', data: guardians },
    ]),
  };
}

async function rejectedReasons(paths: string[]): Promise<string[]> {
  const before = fingerprintDatabase(db);
  const error = await importRosterFiles(db, paths, { clock }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RosterImportError);
  expect(fingerprintDatabase(db)).toEqual(before);
  return (error as RosterImportError).problems
    .filter((p) => p.severity === 'fatal')
    .map((p) => `${p.file ?? ''}: ${p.reason}`);
}

describe('SIECLE zips', () => {
  it('imports the two zips the export tool produces exactly as the XML pair', async () => {
    const files = zippedPair();
    const { summary, problems } = await importRosterFiles(
      db,
      [files.guardiansZip, files.studentsZip],
      { clock },
    );
    expect(summary).toMatchObject({
      schoolUai: FIXTURE_UAJ,
      students: 4,
      guardians: 4,
      links: 7,
      legalLinks: 5,
    });
    // Problems name the entry inside its archive.
    expect(problems.map((p) => `${p.file}:${p.line}`)).toContain(
      'ExportXML_ResponsablesAvecAdresses.zip/ResponsablesAvecAdresses.xml:25',
    );
    const other = openDatabase(':memory:');
    await importRosterFiles(other, [files.students, files.guardians], { clock });
    const names = (d: KioskDatabase) =>
      d.prepare('SELECT source_id, family_name, class_name FROM students ORDER BY 1').all();
    expect(names(db)).toEqual(names(other));
    other.close();
  });

  it('takes a zip beside an XML file, and a zip holding both files', async () => {
    const files = zippedPair();
    const mixed = await importRosterFiles(db, [files.studentsZip, files.guardians], { clock });
    expect(mixed.summary.students).toBe(4);
    const both = writeZip(join(files.dir, 'export.zip'), [
      { name: 'ElevesSansAdresses.xml', data: files.studentsBytes, method: 0 },
      { name: 'ResponsablesAvecAdresses.xml', data: files.guardiansBytes },
      { name: 'LISEZMOI.txt', data: Buffer.from('notes') },
    ]);
    const preview = await previewRosterImport(db, { kind: 'files', paths: [both] });
    expect(preview.importable).toBe(true);
    expect(preview.outcome).toMatchObject({ studentsUnchanged: 4, changed: false });
    expect(preview.problems.map((p) => p.reason)).toContain(
      'export.zip/LISEZMOI.txt: not an XML file; ignored',
    );
  });

  it('refuses a zip bomb by its declared size and by its ratio, reading nothing', async () => {
    const files = zippedPair();
    const forged = writeZip(join(files.dir, 'forged.zip'), [
      { name: 'ElevesSansAdresses.xml', data: files.studentsBytes, declaredSize: 0xfffffff0 },
    ]);
    expect(await rejectedReasons([forged, files.guardians])).toEqual([
      expect.stringMatching(
        /^forged\.zip: ElevesSansAdresses\.xml would inflate 0?\d+ times|^forged\.zip: ElevesSansAdresses\.xml would inflate to \d+ bytes/,
      ),
    ]);
    const bomb = writeZip(join(files.dir, 'bomb.zip'), [
      { name: 'ElevesSansAdresses.xml', data: Buffer.alloc(20_000_000, 0x20) },
    ]);
    expect(await rejectedReasons([bomb, files.guardians])).toEqual([
      expect.stringMatching(
        /^bomb\.zip: ElevesSansAdresses\.xml would inflate \d+ times, far more than XML does \(zip bomb\?\)$/,
      ),
    ]);
  });

  it('refuses encrypted entries, unknown compression, too many entries, no XML, and a damaged archive', async () => {
    const files = zippedPair();
    const zip = (name: string, entries: Parameters<typeof writeZip>[1]) =>
      writeZip(join(files.dir, name), entries);
    const data = files.studentsBytes;
    const cases: Array<[string, RegExp]> = [
      [
        zip('locked.zip', [{ name: 'ElevesSansAdresses.xml', data, encrypted: true }]),
        /^locked\.zip: ElevesSansAdresses\.xml is encrypted: export it again without a password$/,
      ],
      [
        zip('lzma.zip', [{ name: 'ElevesSansAdresses.xml', data, method: 14 }]),
        /^lzma\.zip: ElevesSansAdresses\.xml uses compression method 14, which is not supported/,
      ],
      [
        zip(
          'many.zip',
          Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `f${i}.xml`, data })),
        ),
        new RegExp(`^many\\.zip: holds more than ${MAX_ZIP_ENTRIES} entries: not a SIECLE export$`),
      ],
      [
        zip('empty.zip', [{ name: 'notes.txt', data: Buffer.from('x') }]),
        /^empty\.zip: holds no XML file/,
      ],
    ];
    for (const [path, reason] of cases) {
      expect(await rejectedReasons([path, files.guardians])).toEqual([
        expect.stringMatching(reason),
      ]);
    }
    // A zip whose end record is cut off.
    const damaged = join(files.dir, 'damaged.zip');
    const bytes = readFileSync(files.studentsZip);
    writeFileSync(damaged, bytes.subarray(0, bytes.length - 10));
    expect(await rejectedReasons([damaged, files.guardians])).toEqual([
      expect.stringMatching(/^damaged\.zip: cannot read the zip archive: /),
    ]);
  });

  it('reports a malformed XML inside a zip with the entry, line and element', async () => {
    const files = zippedPair();
    const broken = writeZip(join(files.dir, 'ExportXML_ElevesSansAdresses.zip'), [
      {
        name: 'ElevesSansAdresses.xml',
        data: Buffer.from(
          files.studentsBytes.toString('latin1').replace('</PRENOM>', '</PRENON>'),
          'latin1',
        ),
      },
    ]);
    const error = (await importRosterFiles(db, [broken, files.guardians], { clock }).catch(
      (e: unknown) => e,
    )) as RosterImportError;
    expect(error).toBeInstanceOf(RosterImportError);
    const fatal = error.problems.find((p) => p.severity === 'fatal');
    expect(fatal).toMatchObject({
      file: 'ExportXML_ElevesSansAdresses.zip/ElevesSansAdresses.xml',
      element: 'PRENOM',
    });
    expect(fatal?.line).toBeGreaterThan(1);
  });
});
