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
  reason: string;
}

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
  const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  const stack: string[] = [];
  let text = '';
  let lastClosed: string | null = null;
  let failure: XmlReadFailure | null = null;

  parser.on('error', (error) => {
    const reason = error.message.replace(/^\d+:\d+: /, '');
    // On a mismatched close tag saxes has already popped the element it expected to close.
    const element = reason.startsWith('unexpected close tag') ? lastClosed : (stack.at(-1) ?? null);
    failure ??= {
      line: parser.line,
      element,
      reason: `not well-formed XML: ${reason}${element === null ? '' : ` (in <${element}>)`}`,
    };
    stopped = true;
  });
  parser.on('opentag', (tag) => {
    if (stopped) return;
    stack.push(tag.name);
    text = '';
    visitor.open(stack.join('/'), tag.name, tag.attributes, parser.line);
  });
  parser.on('text', (chunk) => (text += chunk));
  parser.on('cdata', (chunk) => (text += chunk));
  parser.on('closetag', (tag) => {
    if (stopped) return;
    const path = stack.join('/');
    stack.pop();
    lastClosed = tag.name;
    visitor.close(path, tag.name, text.trim(), parser.line);
    text = '';
  });

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
        parser.write(decoder.write(head));
      } else {
        parser.write(decoder.write(chunk));
      }
      if (stopped) return failure;
    }
    if (decoder === null) {
      const started = startDecoding(head);
      if ('reason' in started) return started;
      decoder = started.decoder;
      parser.write(decoder.write(head));
    }
    const rest = decoder.end();
    if (rest) parser.write(rest);
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
    return { line: null, element: null, reason: 'this is a zip archive: extract the XML file first' };
  }
  if (head.length === 0) return { line: null, element: null, reason: 'the file is empty' };
  const sniffed = sniffXmlEncoding(head);
  if (!sniffed.ok) return { line: 1, element: null, reason: sniffed.reason };
  return { decoder: iconv.getDecoder(sniffed.encoding) };
}
