import iconv from 'iconv-lite';

export type SniffedEncoding =
  | {
      ok: true;
      /** iconv-lite decoder name. */
      encoding: string;
      /** The encoding as the file names it ("ISO-8859-1"), for messages. */
      label: string;
      /** Why this encoding was chosen, ending a sentence: "the XML declaration says UTF-8". */
      basis: string;
    }
  | { ok: false; reason: string };

// How far into the file the XML declaration must end; it is always on the first line.
export const XML_DECLARATION_MAX_BYTES = 1024;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

// Names seen in SIECLE exports, mapped to iconv-lite decoders. Files labelled ISO-8859-1 are
// decoded as windows-1252 (as browsers do): it is the same for every printable Latin-1 byte and
// also reads the œ, € and ’ that Windows tools put in 0x80–0x9F.
const KNOWN_ENCODINGS: Record<string, string> = {
  'iso-8859-15': 'iso-8859-15',
  iso885915: 'iso-8859-15',
  'latin-9': 'iso-8859-15',
  latin9: 'iso-8859-15',
  'iso-8859-1': 'windows-1252',
  iso88591: 'windows-1252',
  'latin-1': 'windows-1252',
  latin1: 'windows-1252',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
};

/**
 * Reads the encoding from the XML declaration at the start of `head` (the first bytes of the
 * file). No declaration, or one without an encoding, means UTF-8 (the XML default).
 */
export function sniffXmlEncoding(head: Buffer): SniffedEncoding {
  const undeclared = {
    ok: true,
    encoding: 'utf-8',
    label: 'UTF-8',
    basis: 'the file declares no encoding, which in XML means UTF-8',
  } as const;
  if (UTF8_BOM.every((byte, i) => head[i] === byte)) {
    return { ...undeclared, basis: 'the file starts with a UTF-8 byte-order mark' };
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return { ok: false, reason: 'UTF-16 files are not supported; export the file again as XML' };
  }
  // Declarations are ASCII in every encoding we accept, so reading the bytes as Latin-1 is safe.
  const start = head.subarray(0, XML_DECLARATION_MAX_BYTES).toString('latin1');
  const declaration = /^\s*<\?xml\s[^?]*\?>/.exec(start)?.[0];
  if (declaration === undefined) return undeclared;
  const declared = /\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(declaration)?.[1];
  if (declared === undefined) return undeclared;
  const found = { label: declared, basis: `the XML declaration says ${declared}` };
  const known = KNOWN_ENCODINGS[declared.toLowerCase()];
  if (known !== undefined) return { ok: true, encoding: known, ...found };
  if (iconv.encodingExists(declared)) return { ok: true, encoding: declared, ...found };
  return { ok: false, reason: `unsupported encoding "${declared}" in the XML declaration` };
}
