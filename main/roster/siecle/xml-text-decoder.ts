import iconv from 'iconv-lite';

/** Turns a file's bytes into text chunk by chunk. */
export interface XmlTextDecoder {
  write(bytes: Buffer): string;
  end(): string | undefined;
  /** Whether bytes the encoding does not define come out as U+FFFD (never so in ISO-8859-15). */
  mayReplace: boolean;
}

const HIGH_BYTES = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i));
const ASCII_BYTES = Buffer.from(Array.from({ length: 128 }, (_, i) => i));

/**
 * Whether each byte is one character whatever follows it (never so in UTF-8, where "é" is C3 A9)
 * and ASCII is ASCII.
 */
export function isSingleByteEncoding(encoding: string): boolean {
  const known = singleByte.get(encoding);
  if (known !== undefined) return known;
  const answer = checkSingleByte(encoding);
  singleByte.set(encoding, answer);
  return answer;
}

const singleByte = new Map<string, boolean>();

function checkSingleByte(encoding: string): boolean {
  if (iconv.decode(ASCII_BYTES, encoding) !== ASCII_BYTES.toString('latin1')) return false;
  const alone = (byte: number) => iconv.decode(Buffer.from([byte]), encoding);
  const follower = alone(0xa9);
  for (const byte of HIGH_BYTES) {
    const char = alone(byte);
    if (
      char.length !== 1 ||
      iconv.decode(Buffer.from([byte, 0xa9]), encoding) !== char + follower
    ) {
      return false;
    }
  }
  return true;
}

/**
 * The decoder for an iconv-lite encoding name. Single-byte encodings (ISO-8859-15, Windows-1252,
 * what SIECLE exports use) are decoded by Node's native Latin-1 decoding, then the few bytes
 * whose character differs from Latin-1 (€, œ, Š… and, in Windows-1252, U+FFFD for the bytes it
 * leaves undefined) are replaced from iconv-lite's own table: the same text as iconv-lite's
 * decoder, in a one-byte string, several times faster on a file of a gigabyte.
 */
export function createXmlTextDecoder(encoding: string): XmlTextDecoder {
  if (!isSingleByteEncoding(encoding)) {
    const decoder = iconv.getDecoder(encoding);
    return { write: (bytes) => decoder.write(bytes), end: () => decoder.end(), mayReplace: true };
  }
  const high = iconv.decode(HIGH_BYTES, encoding);
  const differing = new Map<string, string>();
  for (let i = 0; i < 128; i++) {
    const latin1 = String.fromCharCode(0x80 + i);
    if (high[i] !== latin1) differing.set(latin1, high[i] as string);
  }
  const mayReplace = high.includes('\uFFFD');
  if (differing.size === 0)
    return { write: (bytes) => bytes.toString('latin1'), end: () => undefined, mayReplace };
  const escape = (char: string) => `\\x${char.charCodeAt(0).toString(16)}`;
  const pattern = new RegExp(`[${[...differing.keys()].map(escape).join('')}]`, 'g');
  const replace = (char: string) => differing.get(char) as string;
  return {
    write(bytes) {
      const text = bytes.toString('latin1');
      pattern.lastIndex = 0;
      return pattern.test(text) ? text.replace(pattern, replace) : text;
    },
    end: () => undefined,
    mayReplace,
  };
}
