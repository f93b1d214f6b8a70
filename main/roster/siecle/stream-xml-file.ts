import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import { findMisreadUtf8 } from './find-misread-utf8';
import { sniffXmlEncoding, XML_DECLARATION_MAX_BYTES } from './sniff-xml-encoding';
import { childPath, elementPath, type ElementPath } from './element-paths';
import { createTagStartFinder } from './find-tag-start';
import {
  createXmlTextDecoder,
  isSingleByteEncoding,
  type XmlTextDecoder,
} from './xml-text-decoder';

/** What a reader is told as the file streams by. Paths are element names joined by '/'. */
export interface XmlVisitor {
  open(path: string, name: string, attributes: Record<string, string>, line: number): void;
  /**
   * `text` is the element's own text, trimmed (meaningful for leaf elements only);
   * `parentPath` the enclosing element's path ('' for the root).
   */
  close(path: string, name: string, text: string, line: number, parentPath: string): void;
}

export interface XmlReadFailure {
  line: number | null;
  element: string | null;
  /** The failing element's ELEVE_ID / PERSONNE_ID attribute, when it has one. */
  recordId?: string | null;
  reason: string;
}

interface OpenElement {
  name: string;
  /** Element names from the root joined by '/' (see ElementPath). */
  path: string;
  line: number;
  /** Read only when a problem names the record (see recordIdIn): most elements have none. */
  attributes: Record<string, string>;
  at: ElementPath;
}

interface Decoding {
  decoder: XmlTextDecoder;
  /** iconv-lite name, label as the file gives it, and why it was chosen (see sniffXmlEncoding). */
  encoding: string;
  label: string;
  basis: string;
}

// SIECLE files are about six levels deep with short texts. Anything far beyond is hostile or
// broken, and would cost memory (saxes buffers a text node whole) or time.
export const MAX_XML_DEPTH = 32;
export const MAX_CHARS_BETWEEN_TAGS = 1024 * 1024;

/** The ELEVE_ID / PERSONNE_ID of the innermost of these open elements that has one. */
function recordIdIn(open: readonly OpenElement[]): string | null {
  for (let at = open.length - 1; at >= 0; at--) {
    const { attributes } = open[at] as OpenElement;
    if (attributes.ELEVE_ID !== undefined) return `ELEVE_ID=${attributes.ELEVE_ID}`;
    if (attributes.PERSONNE_ID !== undefined) return `PERSONNE_ID=${attributes.PERSONNE_ID}`;
  }
  return null;
}

/** Where the parser is in the file. */
export interface XmlPlace {
  /** Bytes read so far: characters are bytes in the single-byte encodings this is given for. */
  position: number;
  line: number;
}

/** Lets a visitor stop reading early (e.g. on a wrong root element). */
export interface XmlStopSignal {
  stop(): void;
  /**
   * Where the parser is (after the tag just opened), or null when the file's encoding is not
   * single-byte (positions are then no byte offsets another thread could compare).
   */
  place(): XmlPlace | null;
  /**
   * Nothing after this point is needed (the ADRESSES block after a file's data): the rest of
   * the file is read without being parsed, and only its end is checked, so that a file cut
   * short is still refused.
   */
  skipRest(): void;
}

// Enough of the file's last bytes to hold the closing tags of its outer elements.
const TAIL_BYTES = 512;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Where a source's bytes are, for another thread to open them itself. */
export type XmlSourceLocation =
  { kind: 'file'; path: string } | { kind: 'zip'; path: string; entry: string };

/** Bytes of one XML document: a file on disk or an entry of a zip archive. */
export interface XmlSource {
  /** What a secretary recognises: the file name, or "archive.zip/entry.xml". */
  name: string;
  location: XmlSourceLocation;
  /** Its size once decompressed, when known without reading it (a zip entry's). */
  bytes?: number;
  /** Opens a fresh byte stream; the reader destroys it when done. */
  open(): Promise<Readable>;
}

/** An XML file on disk as a source. */
export const xmlFileSource = (path: string, name: string = path): XmlSource => ({
  name,
  location: { kind: 'file', path },
  open: () => Promise.resolve(createReadStream(path, { highWaterMark: 64 * 1024 })),
});

/**
 * Streams an XML file through saxes chunk by chunk (never the whole file in memory), decoding
 * with the encoding its declaration names. Resolves with null when the file is well-formed,
 * else with the first error's place and reason (the visitor may have seen part of the file).
 * Bytes that do not fit the declared encoding are an error too, so that no name is stored
 * garbled (a parent typing "Marylène" could never match "Maryl�ne" or "MarylÃ¨ne").
 */
export async function streamXmlFile(
  path: string,
  makeVisitor: (signal: XmlStopSignal) => XmlVisitor,
): Promise<XmlReadFailure | null> {
  return streamXmlSource(xmlFileSource(path), makeVisitor);
}

export interface XmlReadOptions {
  /**
   * Reads from the first `<element` start tag in the file's bytes on, as if the elements of
   * `within` (outermost first) were open around it, while another thread reads what comes before
   * (see find-tag-start.ts). Only for single-byte encodings (else a failure says so).
   */
  from?: { element: string; within: readonly string[] };
}

/** streamXmlFile for any byte source (a file, a zip entry). */
export async function streamXmlSource(
  source: XmlSource,
  makeVisitor: (signal: XmlStopSignal) => XmlVisitor,
  { from }: XmlReadOptions = {},
): Promise<XmlReadFailure | null> {
  let stopped = false;
  const tagStart = from === undefined ? null : createTagStartFinder(from.element);
  const lineNow = () => parser.line + (tagStart?.linesBefore() ?? 0);
  // The elements open when the visitor said the rest was not needed, outermost first.
  let skippedIn: OpenElement[] | null = null;
  const visitor = makeVisitor({
    stop: () => (stopped = true),
    skipRest: () => (skippedIn ??= [...stack]),
    place: () =>
      decoding !== null && isSingleByteEncoding(decoding.encoding)
        ? {
            position:
              tagStart === null
                ? parser.position
                : tagStart.offset() + parser.position - enclosing.length,
            line: lineNow(),
          }
        : null,
  });
  const parser = new SaxesParser<{ position: true; xmlns: false }>({
    position: true,
    xmlns: false,
  });
  const stack: OpenElement[] = [];
  const document = elementPath('', '');
  // Read `from` a tag, the parser is first given the elements around it (on the tag's line).
  const enclosing = (from?.within ?? []).map((name) => `<${name}>`).join('');
  let text = '';
  let lastClosed: OpenElement | null = null;
  let failure: XmlReadFailure | null = null;
  let decoding: Decoding | null = null;

  parser.on('error', (error) => {
    // The parser goes on through the chunk it was given after the visitor stopped reading.
    if (stopped) return;
    const message = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    // On a mismatched close tag saxes has already popped the element it expected to close.
    const mismatched = message.startsWith('unexpected close tag') ? lastClosed : null;
    const element = mismatched ?? stack.at(-1) ?? null;
    const recordId = mismatched ? recordIdIn([...stack, mismatched]) : recordIdIn(stack);
    const detail = mismatched
      ? `; <${mismatched.name}> opened on line ${mismatched.line} is not closed (mistyped tag name?)`
      : element
        ? ` (in <${element.name}>)`
        : '';
    failure ??= {
      line: lineNow(),
      element: element?.name ?? null,
      recordId,
      reason: `not well-formed XML: ${message}${detail}`,
    };
    stopped = true;
  });
  let charsSinceTag = 0;
  const refuse = (reason: string) => {
    const element = stack.at(-1) ?? null;
    failure ??= {
      line: lineNow(),
      element: element?.name ?? null,
      recordId: recordIdIn(stack),
      reason,
    };
    stopped = true;
  };
  parser.on('opentag', (tag) => {
    if (stopped) return;
    charsSinceTag = 0;
    if (stack.length >= MAX_XML_DEPTH) {
      refuse(`elements nested more than ${MAX_XML_DEPTH} levels deep: not a SIECLE export`);
      return;
    }
    const parent = stack.at(-1);
    const at = childPath(parent?.at ?? document, tag.name);
    const line = lineNow();
    const { attributes } = tag;
    stack.push({ name: at.name, path: at.path, line, attributes, at });
    text = '';
    if (bytesMayBeUtf8 && Object.values(attributes).some(refuseIfMisreadUtf8)) return;
    if (skippedIn === null) visitor.open(at.path, at.name, attributes, line);
  });
  parser.on('text', (chunk) => (text += chunk));
  parser.on('cdata', (chunk) => (text += chunk));
  parser.on('closetag', (tag) => {
    if (stopped) return;
    charsSinceTag = 0;
    const closing = stack.at(-1);
    const path = closing?.path ?? tag.name;
    const parentPath = stack.at(-2)?.path ?? '';
    const value = text.trim();
    if (refuseIfMisreadUtf8(value)) return;
    lastClosed = stack.pop() ?? null;
    // saxes closes the element it opened last: its name, as the reader was told it.
    if (skippedIn === null)
      visitor.close(path, closing?.name ?? tag.name, value, lineNow(), parentPath);
    text = '';
  });

  // A single-byte declaration over UTF-8 bytes decodes without error, into "Ã©" for "é". The
  // values are only checked once the raw bytes held a UTF-8-like pair (utf8LikePairIn): a
  // genuine Latin-9 export never does, so its many accented names cost nothing here.
  let bytesMayBeUtf8 = false;
  let lastByte = 0;
  const watchBytes = (chunk: Buffer) => {
    if (!bytesMayBeUtf8 && utf8LikePairIn(chunk, lastByte)) bytesMayBeUtf8 = true;
    lastByte = chunk.at(-1) ?? lastByte;
  };
  const refuseIfMisreadUtf8 = (value: string): boolean => {
    if (!bytesMayBeUtf8 || decoding === null || decoding.encoding === 'utf-8') return false;
    const misread = findMisreadUtf8(value, decoding.encoding);
    if (misread === null) return false;
    refuse(
      `text looks UTF-8 encoded ("${escapeInvisible(misread.shown)}" for "${misread.meant}") ` +
        `although ${decoding.basis}: re-export the file or fix its XML declaration`,
    );
    return true;
  };
  // iconv-lite turns bytes the encoding cannot decode into U+FFFD. Feeding the text before the
  // first one lets the parser's line and open element say exactly where it is.
  const undecodableReason = (current: Decoding): string =>
    current.encoding === 'utf-8'
      ? `bytes are not valid UTF-8 although ${current.basis} (a letter reads as "\uFFFD"): ` +
        'the file is probably ISO-8859-15; re-export it or fix its XML declaration'
      : `bytes that ${current.label} does not define (read as "\uFFFD") although ${current.basis}: ` +
        'the file is probably in another encoding (UTF-8?); re-export it or fix its XML declaration';

  // saxes holds a text node whole until the next tag: bound what it may buffer.
  const feed = (decoded: string, current: Decoding) => {
    const undecodable = current.decoder.mayReplace ? decoded.indexOf('\uFFFD') : -1;
    const readable = undecodable === -1 ? decoded : decoded.slice(0, undecodable);
    charsSinceTag += readable.length;
    parser.write(readable);
    if (!stopped && undecodable !== -1) refuse(undecodableReason(current));
    if (!stopped && charsSinceTag > MAX_CHARS_BETWEEN_TAGS) {
      refuse(`more than ${MAX_CHARS_BETWEEN_TAGS} characters without a tag: not a SIECLE export`);
    }
  };

  // Each chunk's bytes, from the start tag looked for on when reading `from` it.
  const parse = (bytes: Buffer, current: Decoding) => {
    watchBytes(bytes);
    if (tagStart === null) return feed(current.decoder.write(bytes), current);
    const seeking = !tagStart.found();
    const parsed = tagStart.push(bytes);
    if (parsed === null) return;
    if (seeking) parser.write(enclosing);
    feed(current.decoder.write(parsed), current);
  };
  const chooseDecoding = (head: Buffer): Decoding | XmlReadFailure => {
    const started = startDecoding(head);
    if ('reason' in started) return started;
    if (tagStart !== null && !isSingleByteEncoding(started.encoding)) {
      return {
        line: null,
        element: null,
        reason: `cannot start at <${from?.element}>: ${started.encoding} is not a single-byte encoding`,
      };
    }
    return started;
  };

  let stream: Readable | null = null;
  let head = Buffer.alloc(0);
  let tail: Buffer = Buffer.alloc(0);
  let skippedBytes = 0;
  try {
    stream = await source.open();
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      tail = lastBytes(tail, chunk);
      if (skippedIn !== null) {
        skippedBytes += chunk.length;
        continue;
      }
      if (decoding === null) {
        // Gather enough bytes to read the declaration before choosing the decoder.
        head = Buffer.concat([head, chunk]);
        if (head.length < XML_DECLARATION_MAX_BYTES && !head.includes('?>')) continue;
        const started = chooseDecoding(head);
        if ('reason' in started) return started;
        decoding = started;
        parse(head, decoding);
      } else parse(chunk, decoding);
      if (stopped) return failure;
    }
    if (decoding === null) {
      const started = chooseDecoding(head);
      if ('reason' in started) return started;
      decoding = started;
      parse(head, decoding);
    }
    if (stopped) return failure;
    if (tagStart !== null && !tagStart.found()) {
      return { line: null, element: null, reason: `no <${from?.element}> element in the file` };
    }
    if (skippedIn !== null && skippedBytes > 0) {
      return endsClosing(tail, decoding.encoding, skippedIn) ? null : cutShort(skippedIn);
    }
    const rest = decoding.decoder.end();
    if (rest && !stopped) feed(rest, decoding);
    if (!stopped) parser.close();
    return failure;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { line: null, element: null, reason: `cannot read the file: ${reason}` };
  } finally {
    stream?.destroy();
  }
}

/** The last TAIL_BYTES of `tail` followed by `chunk`. */
function lastBytes(tail: Buffer, chunk: Buffer): Buffer {
  if (chunk.length >= TAIL_BYTES) return Buffer.from(chunk.subarray(chunk.length - TAIL_BYTES));
  const joined = Buffer.concat([tail, chunk]);
  return joined.subarray(Math.max(0, joined.length - TAIL_BYTES));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** Whether the file's last bytes close `open` (outermost first), innermost first, and end there. */
function endsClosing(tail: Buffer, encoding: string, open: readonly OpenElement[]): boolean {
  const text = createXmlTextDecoder(encoding).write(tail);
  const closings = open.map((element) => `</${escapeRegExp(element.name)}\\s*>`).reverse();
  // Whitespace, comments and processing instructions may follow the root element.
  return new RegExp(`${closings.join('\\s*')}(?:\\s|<!--[\\s\\S]*?-->|<\\?[\\s\\S]*?\\?>)*$`).test(
    text,
  );
}

const cutShort = (open: readonly OpenElement[]): XmlReadFailure => {
  const closings = open.map((element) => `</${element.name}>`).reverse();
  return {
    line: null,
    element: open.at(-1)?.name ?? null,
    reason: `the file does not end with ${closings.join('')}: it is cut short (an incomplete copy or download?); export it again`,
  };
};

/** UTF-8 lead bytes of Latin letters (é is C3 A9, œ is C5 93): any UTF-8 French text has them. */
const LATIN_UTF8_LEADS = [0xc2, 0xc3, 0xc4, 0xc5];

/**
 * Whether `chunk` (after `previous`, the byte before it) holds a UTF-8 lead byte of a Latin
 * letter followed by a continuation byte (0x80–0xBF), the mark of UTF-8 text under a
 * single-byte declaration. In genuine Latin-9 that pair is "Ã" followed by a symbol such as
 * "©": it does not occur in names. Searched with indexOf (native speed: the file may be 1 GB).
 */
function utf8LikePairIn(chunk: Buffer, previous: number): boolean {
  const isContinuation = (byte: number | undefined) =>
    byte !== undefined && byte >= 0x80 && byte <= 0xbf;
  if (LATIN_UTF8_LEADS.includes(previous) && isContinuation(chunk[0])) return true;
  for (const lead of LATIN_UTF8_LEADS) {
    for (let at = chunk.indexOf(lead); at !== -1; at = chunk.indexOf(lead, at + 1)) {
      if (isContinuation(chunk[at + 1])) return true;
    }
  }
  return false;
}

/** C0/C1 control characters (what UTF-8 continuation bytes become in ISO-8859-15) as \u0088. */
const escapeInvisible = (text: string): string =>
  text.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

function startDecoding(head: Buffer): Decoding | XmlReadFailure {
  if (ZIP_MAGIC.every((byte, i) => head[i] === byte)) {
    return {
      line: null,
      element: null,
      reason: 'this is a zip archive: extract the XML file first',
    };
  }
  if (head.length === 0) return { line: null, element: null, reason: 'the file is empty' };
  const sniffed = sniffXmlEncoding(head);
  if (!sniffed.ok) return { line: 1, element: null, reason: sniffed.reason };
  return {
    decoder: createXmlTextDecoder(sniffed.encoding),
    encoding: sniffed.encoding,
    label: sniffed.label,
    basis: sniffed.basis,
  };
}
