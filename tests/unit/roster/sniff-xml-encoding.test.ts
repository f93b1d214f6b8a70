import { describe, expect, it } from 'vitest';
import { sniffXmlEncoding } from '../../../main/roster/siecle/sniff-xml-encoding';

const sniff = (text: string) => sniffXmlEncoding(Buffer.from(text, 'latin1'));

describe('sniffXmlEncoding', () => {
  it('reads the encoding named in the XML declaration, keeping its label for messages', () => {
    expect(sniff('<?xml version="1.0" encoding="ISO-8859-15"?>\n<A/>')).toEqual({
      ok: true,
      encoding: 'iso-8859-15',
      label: 'ISO-8859-15',
      basis: 'the XML declaration says ISO-8859-15',
    });
    expect(sniff("<?xml version='1.0' encoding='utf-8'?><A/>")).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      basis: 'the XML declaration says utf-8',
    });
    expect(sniff('<?xml version="1.0" encoding="windows-1252"?><A/>')).toMatchObject({
      ok: true,
      encoding: 'windows-1252',
    });
  });

  it('reads files labelled ISO-8859-1 as windows-1252 (same letters, plus œ and € in 0x80–0x9F)', () => {
    expect(sniff('<?xml version="1.0" encoding="ISO-8859-1"?><A/>')).toMatchObject({
      ok: true,
      encoding: 'windows-1252',
      label: 'ISO-8859-1',
    });
  });

  it('falls back to UTF-8 only without a declared encoding, and says why', () => {
    const undeclared = {
      ok: true,
      encoding: 'utf-8',
      label: 'UTF-8',
      basis: 'the file declares no encoding, which in XML means UTF-8',
    };
    expect(sniff('<A>é</A>')).toEqual(undeclared);
    expect(sniff('<?xml version="1.0"?><A/>')).toEqual(undeclared);
    expect(sniffXmlEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x3c]))).toEqual({
      ...undeclared,
      basis: 'the file starts with a UTF-8 byte-order mark',
    });
  });

  it('refuses an encoding it cannot decode', () => {
    expect(sniff('<?xml version="1.0" encoding="EBCDIC-XYZ"?><A/>')).toEqual({
      ok: false,
      reason: 'unsupported encoding "EBCDIC-XYZ" in the XML declaration',
    });
  });
});
