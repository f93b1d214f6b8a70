import iconv from 'iconv-lite';

export type DecodedOndeFile =
  | { ok: true; text: string; encoding: 'UTF-8' | 'Windows-1252' }
  | { ok: false; line: number | null; reason: string };

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// Bytes Windows-1252 leaves undefined: iconv-lite would turn them into U+FFFD.
const UNDEFINED_IN_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
// UTF-8 lead bytes of Latin letters (é is C3 A9, œ is C5 93).
const LATIN_UTF8_LEADS = [0xc2, 0xc3, 0xc4, 0xc5];

const utf8 = new TextDecoder('utf-8', { fatal: true });

const lineAt = (bytes: Buffer, offset: number): number => {
  let line = 1;
  for (let at = bytes.indexOf(0x0a); at !== -1 && at < offset; at = bytes.indexOf(0x0a, at + 1))
    line++;
  return line;
};

/** Offset of the first UTF-8-looking pair (a Latin lead byte then 0x80–0xBF), or -1. */
function firstUtf8LikePair(bytes: Buffer): number {
  let first = -1;
  for (const lead of LATIN_UTF8_LEADS) {
    for (let at = bytes.indexOf(lead); at !== -1; at = bytes.indexOf(lead, at + 1)) {
      const next = bytes[at + 1];
      if (next !== undefined && next >= 0x80 && next <= 0xbf) {
        if (first === -1 || at < first) first = at;
        break;
      }
    }
  }
  return first;
}

/**
 * Decodes an ONDE export. ONDE writes Windows-1252 without a byte-order mark; a file re-saved
 * by a spreadsheet may be UTF-8, with or without one. The bytes decide: a BOM or valid UTF-8
 * holding non-ASCII means UTF-8, anything else is read as Windows-1252. Bytes that fit neither
 * are refused rather than stored garbled (a parent typing "Noémie" could never match
 * "NoÃ©mie"): undefined Windows-1252 bytes, a BOM over invalid UTF-8, or a file mixing both.
 */
export function decodeOndeBytes(bytes: Buffer): DecodedOndeFile {
  if (bytes.length === 0) return { ok: false, line: null, reason: 'the file is empty' };
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    return { ok: false, line: null, reason: 'this is a zip archive: extract the CSV file first' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      line: 1,
      reason: 'UTF-16 files are not supported: export the file again from ONDE (CSV)',
    };
  }
  const nul = bytes.indexOf(0x00);
  if (nul !== -1) {
    return {
      ok: false,
      line: lineAt(bytes, nul),
      reason: 'the file holds binary data (a NUL byte): not a CSV export',
    };
  }
  const hasBom = bytes.subarray(0, 3).equals(UTF8_BOM);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: utf8.decode(body), encoding: 'UTF-8' };
  } catch {
    if (hasBom) {
      return {
        ok: false,
        line: null,
        reason:
          'the file starts with a UTF-8 byte-order mark but its bytes are not valid UTF-8: ' +
          'export it again from ONDE, or save it again as "CSV UTF-8"',
      };
    }
  }
  const undefinedByte = Math.min(
    ...UNDEFINED_IN_1252.map((byte) => body.indexOf(byte)).filter((at) => at !== -1),
  );
  if (Number.isFinite(undefinedByte)) {
    return {
      ok: false,
      line: lineAt(body, undefinedByte),
      reason:
        `byte 0x${body[undefinedByte]?.toString(16).toUpperCase()} is neither UTF-8 nor ` +
        'Windows-1252: the file is in another encoding; export it again from ONDE',
    };
  }
  const utf8Pair = firstUtf8LikePair(body);
  if (utf8Pair !== -1) {
    return {
      ok: false,
      line: lineAt(body, utf8Pair),
      reason:
        'the file mixes UTF-8 and Windows-1252 text (an accented letter reads as "Ã…"): ' +
        'it was probably edited and saved again; export it again from ONDE',
    };
  }
  return { ok: true, text: iconv.decode(body, 'windows-1252'), encoding: 'Windows-1252' };
}
