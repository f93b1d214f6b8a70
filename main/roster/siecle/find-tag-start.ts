// Lets a second thread start reading a SIECLE file at one of its blocks (RESPONSABLES) while the
// first thread reads what comes before: the raw bytes are searched for the block's start tag,
// natively, with the lines before it counted so that problems still give the file's own lines.

// What may follow a tag's name: `<RESPONSABLES>`, `<RESPONSABLES ...>`, never `<RESPONSABLES_X>`.
const TAG_NAME_ENDS = new Set([0x3e, 0x20, 0x09, 0x0d, 0x0a, 0x2f]);
const NEWLINE = 0x0a;

function countNewlines(bytes: Buffer, end: number): number {
  let lines = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1 && at < end; at = bytes.indexOf(NEWLINE, at + 1))
    lines++;
  return lines;
}

/**
 * Finds the first `<name` start tag in bytes given chunk by chunk (a tag split between two
 * chunks included). In a single-byte encoding the text's own `<` always is byte 0x3C, so the
 * search needs no decoding; whether the tag found is a real one (not inside a comment) is the
 * caller's to check, against the other thread's reading.
 */
export function createTagStartFinder(name: string) {
  const marker = Buffer.from(`<${name}`, 'latin1');
  let carry = Buffer.alloc(0);
  let offset = 0;
  let lines = 0;
  let found = false;
  return {
    /** The bytes from the tag on once it is found in `chunk` (and the bytes kept from before). */
    push(chunk: Buffer): Buffer | null {
      if (found) return chunk;
      const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      let at = bytes.indexOf(marker);
      while (at !== -1) {
        const next = bytes[at + marker.length];
        if (next === undefined) break; // the next chunk tells whether the name ends here
        if (TAG_NAME_ENDS.has(next)) {
          found = true;
          lines += countNewlines(bytes, at);
          offset += at;
          carry = Buffer.alloc(0);
          return bytes.subarray(at);
        }
        at = bytes.indexOf(marker, at + 1);
      }
      // Keep what may be the start of the tag for the next chunk.
      const keep = at !== -1 ? bytes.length - at : Math.min(marker.length, bytes.length);
      lines += countNewlines(bytes, bytes.length - keep);
      offset += bytes.length - keep;
      carry = Buffer.from(bytes.subarray(bytes.length - keep));
      return null;
    },
    found: () => found,
    /** Bytes before the tag, once found. */
    offset: () => offset,
    /** Line breaks before the tag, once found. */
    linesBefore: () => lines,
  };
}
