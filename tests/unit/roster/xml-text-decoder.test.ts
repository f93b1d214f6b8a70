// SIECLE files are decoded by Node's Latin-1 decoding plus a few replacements: the text must be
// exactly iconv-lite's, or a name with "œ" or "€"-like bytes would be stored wrong.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createXmlTextDecoder } from '../../../main/roster/siecle/xml-text-decoder';

const EVERY_BYTE = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

describe('the XML text decoder', () => {
  it.each(['iso-8859-15', 'windows-1252', 'iso-8859-2'])(
    'gives iconv-lite’s text for every byte, in chunks cut anywhere (%s)',
    (encoding) => {
      const text = Buffer.from('Cœur Ÿvette ŠKODA Žofia 10 € ÉLODIE Marylène', 'utf8');
      const bytes = Buffer.concat([EVERY_BYTE, iconv.encode(text.toString('utf8'), encoding)]);
      const decoder = createXmlTextDecoder(encoding);
      let decoded = '';
      for (let at = 0; at < bytes.length; at += 7)
        decoded += decoder.write(bytes.subarray(at, at + 7));
      decoded += decoder.end() ?? '';
      expect(decoded).toBe(iconv.decode(bytes, encoding));
    },
  );

  it('reads Latin-9 names as the letters they are, and Windows-1252’s undefined bytes as U+FFFD', () => {
    expect(createXmlTextDecoder('iso-8859-15').write(Buffer.from([0x43, 0xbd, 0x75, 0x72]))).toBe(
      'Cœur',
    );
    expect(createXmlTextDecoder('windows-1252').write(Buffer.from([0x41, 0x81, 0x80]))).toBe(
      'A\uFFFD€',
    );
  });
});
