import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeOndeBytes } from '../../../../main/roster/onde/decode-onde-bytes';

const TEXT = 'Nom élève;Prénom élève\r\nLEFÈVRE;Noémie\r\nŒUVRARD;Zoë\r\n';

describe('decodeOndeBytes', () => {
  it('reads Windows-1252 (as ONDE writes), UTF-8 and UTF-8 with a BOM to the same text', () => {
    expect(decodeOndeBytes(iconv.encode(TEXT, 'windows-1252'))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'Windows-1252',
    });
    expect(decodeOndeBytes(Buffer.from(TEXT, 'utf8'))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'UTF-8',
    });
    expect(decodeOndeBytes(Buffer.from(`\uFEFF${TEXT}`, 'utf8'))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'UTF-8',
    });
  });

  it('refuses bytes that fit neither encoding, with the line', () => {
    const bytes = iconv.encode(TEXT, 'windows-1252');
    bytes[bytes.indexOf('Zo') + 1] = 0x8f;
    expect(decodeOndeBytes(bytes)).toMatchObject({
      ok: false,
      line: 3,
      reason: expect.stringMatching(/^byte 0x8F is neither UTF-8 nor Windows-1252/),
    });
  });

  it('refuses a file that mixes UTF-8 lines into Windows-1252 ones', () => {
    const mixed = Buffer.concat([
      iconv.encode('Nom élève;Prénom élève\r\n', 'windows-1252'),
      Buffer.from('LEFÈVRE;Noémie\r\n', 'utf8'),
    ]);
    expect(decodeOndeBytes(mixed)).toMatchObject({
      ok: false,
      line: 2,
      reason: expect.stringMatching(/mixes UTF-8 and Windows-1252/),
    });
  });

  it('refuses empty files, zips, UTF-16 and binary data', () => {
    expect(decodeOndeBytes(Buffer.alloc(0))).toMatchObject({
      ok: false,
      reason: 'the file is empty',
    });
    expect(decodeOndeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/zip archive/),
    });
    expect(decodeOndeBytes(Buffer.from('\uFEFFNom', 'utf16le'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/UTF-16/),
    });
    expect(decodeOndeBytes(Buffer.from('Nom\n\u0000\u0001', 'latin1'))).toMatchObject({
      ok: false,
      line: 2,
      reason: expect.stringMatching(/NUL byte/),
    });
  });
});
