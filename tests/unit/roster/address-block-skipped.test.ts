// The ADRESSES block after a guardians file's data is a quarter of an académie's export and the
// kiosk needs none of it: it is read without being parsed. A file cut short in it must still be
// refused, and the data before it imported whole.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readSiecleFile } from '../../../main/roster/siecle/read-siecle-file';
import { guardiansXml, makeTempDir } from '../../fixtures/siecle/siecle-fixture-files';

/** The fixture's guardians file with an ADRESSES block far larger than a read chunk (64 KB). */
function withAddresses(count: number): string {
  const addresses = Array.from(
    { length: count },
    (_, i) => `
      <ADRESSE ADRESSE_ID="${i + 1}">
        <LIGNE1_ADRESSE>${i + 1} RUE DE L'ÉGLISE</LIGNE1_ADRESSE>
        <CODE_POSTAL>14000</CODE_POSTAL>
        <LIBELLE_POSTAL>CAEN</LIBELLE_POSTAL>
      </ADRESSE>`,
  ).join('');
  return guardiansXml().replace(
    '</RESPONSABLES>',
    `</RESPONSABLES>\n    <ADRESSES>${addresses}\n    </ADRESSES>`,
  );
}

const write = (xml: string | Buffer) => {
  const path = join(makeTempDir(), 'ResponsablesAvecAdresses.xml');
  writeFileSync(path, typeof xml === 'string' ? iconv.encode(xml, 'iso-8859-15') : xml);
  return path;
};

describe('the ADRESSES block of a guardians file', () => {
  it('is not needed: persons and links read before it are all there', async () => {
    const whole = await readSiecleFile(write(guardiansXml()));
    const withBlock = await readSiecleFile(write(withAddresses(5000)));
    expect(withBlock.problems).toEqual(whole.problems);
    expect(withBlock.file).toEqual(whole.file);
    expect(withBlock.file).toMatchObject({ kind: 'guardians' });
    expect(withBlock.file?.kind === 'guardians' && withBlock.file.links.length).toBe(9);
  });

  it('cut short: the file is refused, saying it does not end as it should', async () => {
    const bytes = iconv.encode(withAddresses(5000), 'iso-8859-15');
    const reading = await readSiecleFile(write(bytes.subarray(0, bytes.length - 20_000)));
    expect(reading.problems).toEqual([
      expect.objectContaining({
        severity: 'fatal',
        reason:
          'the file does not end with </DONNEES></BEE_RESPONSABLES>: it is cut short (an incomplete copy or download?); export it again',
      }),
    ]);
  });

  it('cut short in the persons: refused as not well-formed, with its line', async () => {
    const xml = withAddresses(5000);
    const bytes = iconv.encode(xml.slice(0, xml.indexOf('</PERSONNES>')), 'iso-8859-15');
    const reading = await readSiecleFile(write(bytes));
    expect(reading.problems).toEqual([
      expect.objectContaining({
        severity: 'fatal',
        reason: expect.stringContaining('not well-formed XML') as string,
      }),
    ]);
  });
});
