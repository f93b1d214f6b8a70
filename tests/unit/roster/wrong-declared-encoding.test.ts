import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readSiecleFile } from '../../../main/roster/siecle/read-siecle-file';
import {
  declareEncoding,
  guardiansXml,
  makeTempDir,
  studentsXml,
  writeLatin9,
  writeUtf8,
} from '../../fixtures/siecle/siecle-fixture-files';

// The first accented name of the guardians fixture becomes "Marylène" (PRENOM, line 13).
const marylene = () =>
  guardiansXml()
    .replace(/LEFÈVRE/g, 'ROCK')
    .replace('Anne-Cécile', 'Marylène');

describe('a file whose bytes do not match its declared encoding is refused, never imported garbled', () => {
  it('refuses Latin-9 bytes in a file that declares UTF-8, at the first such name', async () => {
    const path = writeLatin9(makeTempDir(), 'eleves.xml', declareEncoding(studentsXml(), 'UTF-8'));
    const reading = await readSiecleFile(path);
    expect(reading.file).toBeNull();
    expect(reading.problems).toEqual([
      {
        severity: 'fatal',
        file: 'eleves.xml',
        line: 12,
        element: 'NOM_DE_FAMILLE',
        recordId: 'ELEVE_ID=1001',
        reason:
          'bytes are not valid UTF-8 although the XML declaration says UTF-8 (a letter reads as "\uFFFD"): ' +
          'the file is probably ISO-8859-15; re-export it or fix its XML declaration',
      },
    ]);
  });

  it('refuses Latin-9 bytes in a file without an encoding declaration (XML then means UTF-8)', async () => {
    const xml = studentsXml().replace('<?xml version="1.0" encoding="ISO-8859-15"?>', '');
    const reading = await readSiecleFile(writeLatin9(makeTempDir(), 'eleves.xml', xml));
    expect(reading.file).toBeNull();
    expect(reading.problems[0]?.reason).toMatch(
      /^bytes are not valid UTF-8 although the file declares no encoding, which in XML means UTF-8 /,
    );
  });

  it('names the exact line of a bad byte far into a large UTF-8 file', async () => {
    const many = Array.from(
      { length: 3000 },
      (_, i) =>
        `\n<ELEVE ELEVE_ID="${5000 + i}"><NOM_DE_FAMILLE>ÉLÈVE${i}</NOM_DE_FAMILLE><PRENOM>Zoë</PRENOM><DATE_NAISS>01/01/2014</DATE_NAISS></ELEVE>`,
    ).join('');
    const xml = declareEncoding(studentsXml({ extraStudents: many }), 'UTF-8');
    // One name in the middle was typed in a Latin-9 tool and pasted as raw bytes.
    const [before, after] = xml.split('ÉLÈVE2500') as [string, string];
    const path = join(makeTempDir(), 'eleves.xml');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(before, 'utf8'),
        iconv.encode('HÉLÈNE', 'iso-8859-15'),
        Buffer.from(after, 'utf8'),
      ]),
    );
    const expectedLine = before.split('\n').length;
    expect(expectedLine).toBeGreaterThan(2500);
    const reading = await readSiecleFile(path);
    expect(reading.file).toBeNull();
    expect(reading.problems).toEqual([
      expect.objectContaining({
        line: expectedLine,
        element: 'NOM_DE_FAMILLE',
        recordId: 'ELEVE_ID=7500',
        reason: expect.stringMatching(/^bytes are not valid UTF-8/),
      }),
    ]);
  });

  it('refuses UTF-8 bytes in a file that declares ISO-8859-15 ("Marylène" read as "MarylÃšne")', async () => {
    const reading = await readSiecleFile(writeUtf8(makeTempDir(), 'resp.xml', marylene()));
    expect(reading.file).toBeNull();
    expect(reading.problems).toEqual([
      {
        severity: 'fatal',
        file: 'resp.xml',
        line: 13,
        element: 'PRENOM',
        recordId: 'PERSONNE_ID=2001',
        reason:
          'text looks UTF-8 encoded ("Ãš" for "è") although the XML declaration says ISO-8859-15: ' +
          're-export the file or fix its XML declaration',
      },
    ]);
  });

  it('refuses UTF-8 bytes in a file that declares ISO-8859-1 ("Marylène" read as "MarylÃ¨ne")', async () => {
    const path = writeUtf8(makeTempDir(), 'resp.xml', declareEncoding(marylene(), 'ISO-8859-1'));
    const reading = await readSiecleFile(path);
    expect(reading.file).toBeNull();
    expect(reading.problems[0]?.reason).toBe(
      'text looks UTF-8 encoded ("Ã¨" for "è") although the XML declaration says ISO-8859-1: ' +
        're-export the file or fix its XML declaration',
    );
  });

  it('finds a re-saved name whose UTF-8 bytes straddle two 64 KB reads, far into the file', async () => {
    // ASCII students up to the read boundary, then "é" as C3 | A9 across it.
    const filler = (count: number) =>
      Array.from(
        { length: count },
        (_, i) =>
          `\n<ELEVE ELEVE_ID="${5000 + i}"><NOM_DE_FAMILLE>MARTIN${i}</NOM_DE_FAMILLE><PRENOM>Leo</PRENOM><DATE_NAISS>01/01/2014</DATE_NAISS></ELEVE>`,
      ).join('');
    const template = studentsXml({
      extraStudents: `${filler(400)}\n<ELEVE ELEVE_ID="9999"><NOM_DE_FAMILLE>@@</NOM_DE_FAMILLE><PRENOM>Ana</PRENOM><DATE_NAISS>01/01/2014</DATE_NAISS></ELEVE>`,
    }).replace(/[^\x00-\x7f]/g, 'E'); // only the planted letter is non-ASCII
    const [before, after] = template.split('@@') as [string, string];
    const pad = 64 * 1024 - Buffer.byteLength(before) - 1 - 'REN'.length;
    expect(pad).toBeGreaterThan(0);
    const head = before.replace(
      '<ELEVE ELEVE_ID="9999">',
      `<!--${'x'.repeat(pad - 7)}--><ELEVE ELEVE_ID="9999">`,
    );
    const bytes = Buffer.concat([
      Buffer.from(`${head}REN`, 'latin1'),
      Buffer.from('é', 'utf8'),
      Buffer.from(after, 'latin1'),
    ]);
    expect(bytes[64 * 1024 - 1]).toBe(0xc3); // the lead byte ends the first read
    const path = join(makeTempDir(), 'eleves.xml');
    writeFileSync(path, bytes);
    const reading = await readSiecleFile(path);
    expect(reading.file).toBeNull();
    expect(reading.problems).toEqual([
      expect.objectContaining({
        element: 'NOM_DE_FAMILLE',
        recordId: 'ELEVE_ID=9999',
        reason: expect.stringContaining('("Ã©" for "é")'),
      }),
    ]);
  });

  it('shows an invisible misread character escaped ("È" read as "Ã" and U+0088)', async () => {
    const reading = await readSiecleFile(writeUtf8(makeTempDir(), 'resp.xml', guardiansXml()));
    expect(reading.problems).toEqual([
      expect.objectContaining({
        line: 12,
        element: 'NOM_DE_FAMILLE',
        reason: expect.stringContaining('("Ã\\u0088" for "È")'),
      }),
    ]);
  });

  it('refuses bytes that ISO-8859-1 does not define (UTF-8 "Á" holds 0x81)', async () => {
    const xml = declareEncoding(studentsXml(), 'ISO-8859-1').replace('LEFÈVRE', 'ÁLVAREZ');
    const reading = await readSiecleFile(writeUtf8(makeTempDir(), 'eleves.xml', xml));
    expect(reading.file).toBeNull();
    expect(reading.problems).toEqual([
      expect.objectContaining({
        line: 12,
        element: 'NOM_DE_FAMILLE',
        reason:
          'bytes that ISO-8859-1 does not define (read as "\uFFFD") although the XML declaration says ISO-8859-1: ' +
          'the file is probably in another encoding (UTF-8?); re-export it or fix its XML declaration',
      }),
    ]);
  });

  it('still reads genuine Latin-9 names next to symbols (Œ, €, «, °)', async () => {
    const extra = `
      <ELEVE ELEVE_ID="1005"><NOM_DE_FAMILLE>CŒUR «€» N°1</NOM_DE_FAMILLE><PRENOM>Maëlle</PRENOM><DATE_NAISS>01/01/2014</DATE_NAISS></ELEVE>`;
    const path = writeLatin9(makeTempDir(), 'eleves.xml', studentsXml({ extraStudents: extra }));
    const reading = await readSiecleFile(path);
    expect(reading.problems).toEqual([]);
    expect(reading.file?.kind).toBe('students');
  });
});
