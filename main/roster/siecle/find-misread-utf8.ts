import iconv from 'iconv-lite';

export interface MisreadUtf8 {
  /** What the first accented letter became when read in the declared encoding ("Ã©"). */
  shown: string;
  /** The letter its bytes mean in UTF-8 ("é"). */
  meant: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Whether `value`, decoded from a single-byte `encoding`, is really UTF-8 text read with the
 * wrong decoder (a file re-saved as UTF-8 that kept its ISO-8859-15 declaration): its bytes,
 * encoded back, hold non-ASCII and are valid UTF-8. Genuine Latin-9 text almost never is: a
 * byte ≥ 0xC0 (an accented letter) would have to be followed by bytes in 0x80–0xBF (mostly
 * symbols). Checking bytes rather than a list of character pairs also catches "è" read as
 * ISO-8859-15 ("Ãš": 0xA8 is "š" there, not "¨").
 */
export function findMisreadUtf8(value: string, encoding: string): MisreadUtf8 | null {
  if (!/[^\x00-\x7f]/.test(value)) return null;
  // Single-byte decoding maps each byte to one character, so this gives back the file's bytes.
  const bytes = iconv.encode(value, encoding);
  let asUtf8: string;
  try {
    asUtf8 = utf8.decode(bytes);
  } catch {
    return null;
  }
  const meant = [...asUtf8].find((char) => char > '\x7f');
  if (meant === undefined) return null;
  return { shown: iconv.decode(Buffer.from(meant, 'utf8'), encoding), meant };
}
