import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';
import { SaxesParser } from 'saxes';
import { sniffXmlEncoding, XML_DECLARATION_MAX_BYTES } from './sniff-xml-encoding';

/** What a reader is told as the file streams by. Paths are element names joined by '/'. */
export interface XmlVisitor {
  open(path: string, name: string, attributes: Record<string, string>, line: number): void;
  /** `text` is the element's own text, trimmed (meaningful for leaf elements only). */
  close(path: string, name: string, text: string, line: number): void;
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
  /** Element names from the root joined by '/', kept per level so a tag costs O(1). */
  path: string;
  line: number;
  recordId: string | null;
}

// SIECLE files are about six levels deep with short texts. Anything far beyond is hostile or
// broken, and would cost memory (saxes buffers a text node whole) or time.
export const MAX_XML_DEPTH = 32;
export const MAX_CHARS_BETWEEN_TAGS = 1024 * 1024;

const recordIdOf = (attributes: Record<string, string>): string | null =>
  attributes.ELEVE_ID !== undefined
    ? `ELEVE_ID=${attributes.ELEVE_ID}`
    : attributes.PERSONNE_ID !== undefined
      ? `PERSONNE_ID=${attributes.PERSONNE_ID}`
      : null;

/** Lets a visitor stop reading early (e.g. on a wrong root element). */
export interface XmlStopSignal {
  stop(): void;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Streams an XML file through saxes chunk by chunk (never the whole file in memory), decoding
 * with the encoding its declaration names. Resolves with null when the file is well-formed,
 * else with the first error's place and reason (the visitor may have seen part of the file).
 */
export async function streamXmlFile(
  path: string,
  makeVisitor: (signal: XmlStopSignal) => XmlVisitor,
): Promise<XmlReadFailure | null> {
  let stopped = false;
  const visitor = makeVisitor({ stop: () => (stopped = true) });
  const parser = new SaxesParser<{ position: true; xmlns: false }>({
    position: true,
    xmlns: false,
  });
  const stack: OpenElement[] = [];
  let text = '';
  let lastClosed: OpenElement | null = null;
  let failure: XmlReadFailure | null = null;

  parser.on('error', (error) => {
    const message = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    // On a mismatched close tag saxes has already popped the element it expected to close.
    const mismatched = message.startsWith('unexpected close tag') ? lastClosed : null;
    const element = mismatched ?? stack.at(-1) ?? null;
    const detail = mismatched
      ? `; <${mismatched.name}> opened on line ${mismatched.line} is not closed (mistyped tag name?)`
      : element
        ? ` (in <${element.name}>)`
        : '';
    failure ??= {
      line: parser.line,
      element: element?.name ?? null,
      recordId: element?.recordId ?? null,
      reason: `not well-formed XML: ${message}${detail}`,
    };
    stopped = true;
  });
  let charsSinceTag = 0;
  const refuse = (reason: string) => {
    const element = stack.at(-1) ?? null;
    failure ??= {
      line: parser.line,
      element: element?.name ?? null,
      recordId: element?.recordId ?? null,
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
    const path = parent ? `${parent.path}/${tag.name}` : tag.name;
    stack.push({ name: tag.name, path, line: parser.line, recordId: recordIdOf(tag.attributes) });
    text = '';
    visitor.open(path, tag.name, tag.attributes, parser.line);
  });
  parser.on('text', (chunk) => (text += chunk));
  parser.on('cdata', (chunk) => (text += chunk));
  parser.on('closetag', (tag) => {
    if (stopped) return;
    charsSinceTag = 0;
    const path = stack.at(-1)?.path ?? tag.name;
    lastClosed = stack.pop() ?? null;
    visitor.close(path, tag.name, text.trim(), parser.line);
    text = '';
  });
  // saxes holds a text node whole until the next tag: bound what it may buffer.
  const feed = (decoded: string) => {
    charsSinceTag += decoded.length;
    parser.write(decoded);
    if (!stopped && charsSinceTag > MAX_CHARS_BETWEEN_TAGS) {
      refuse(`more than ${MAX_CHARS_BETWEEN_TAGS} characters without a tag: not a SIECLE export`);
    }
  };

  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  let decoder: ReturnType<typeof iconv.getDecoder> | null = null;
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (decoder === null) {
        // Gather enough bytes to read the declaration before choosing the decoder.
        head = Buffer.concat([head, chunk]);
        if (head.length < XML_DECLARATION_MAX_BYTES && !head.includes('?>')) continue;
        const started = startDecoding(head);
        if ('reason' in started) return started;
        decoder = started.decoder;
        feed(decoder.write(head));
      } else {
        feed(decoder.write(chunk));
      }
      if (stopped) return failure;
    }
    if (decoder === null) {
      const started = startDecoding(head);
      if ('reason' in started) return started;
      decoder = started.decoder;
      feed(decoder.write(head));
    }
    const rest = decoder.end();
    if (rest) feed(rest);
    if (!stopped) parser.close();
    return failure;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { line: null, element: null, reason: `cannot read the file: ${reason}` };
  } finally {
    stream.destroy();
  }
}

function startDecoding(
  head: Buffer,
): { decoder: ReturnType<typeof iconv.getDecoder> } | XmlReadFailure {
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
  return { decoder: iconv.getDecoder(sniffed.encoding) };
}
