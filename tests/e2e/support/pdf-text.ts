// The text of a PDF printed by Chromium (page.pdf()), for tests: no PDF library is a
// dependency, and Chromium's PDFs are simple: fonts with a ToUnicode map, text shown as hex
// glyph strings with Tj / TJ, streams FlateDecode'd, no object streams. Each text run (BT…ET)
// becomes one line.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const objectPattern = /(\d+) 0 obj\b([\s\S]*?)endobj/g;
  for (const match of text.matchAll(objectPattern)) {
    const body = match[2] ?? '';
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const start = streamAt + (/stream\r\n/.test(body.slice(streamAt, streamAt + 8)) ? 8 : 7);
    const end = body.lastIndexOf('endstream');
    let data = Buffer.from(body.slice(start, end).replace(/\r?\n$/, ''), 'latin1');
    if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
    objects.set(Number(match[1]), { dict, stream: data });
  }
  return objects;
}

const hexToString = (hex: string): string => {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4)
    out += String.fromCodePoint(parseInt(hex.slice(i, i + 4), 16));
  return out;
};

/** A ToUnicode CMap: glyph code (hex) → text. */
function readCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set((pair[1] ?? '').toUpperCase(), hexToString(pair[2] ?? ''));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const from = parseInt(range[1] ?? '0', 16);
      const to = parseInt(range[2] ?? '0', 16);
      const first = parseInt(range[3] ?? '0', 16);
      const width = (range[1] ?? '').length;
      for (let code = from; code <= to; code += 1) {
        const key = code.toString(16).toUpperCase().padStart(width, '0');
        map.set(key, String.fromCodePoint(first + code - from));
      }
    }
  }
  return map;
}

/** The PDF's text, one line per text run. */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const fontNames = new Map<string, Map<string, string>>();
  for (const { dict } of objects.values()) {
    for (const fonts of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const ref of (fonts[1] ?? '').matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
        const font = objects.get(Number(ref[2]));
        const toUnicode = font && /\/ToUnicode\s+(\d+) 0 R/.exec(font.dict);
        const cmap = toUnicode && objects.get(Number(toUnicode[1]))?.stream;
        if (cmap) fontNames.set(ref[1] ?? '', readCMap(cmap.toString('latin1')));
      }
    }
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    const content = stream?.toString('latin1') ?? '';
    if (!/\bBT\b/.test(content) || !/\bTf\b/.test(content)) continue;
    let cmap = new Map<string, string>();
    for (const run of content.matchAll(/BT([\s\S]*?)ET/g)) {
      let line = '';
      const ops = /\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\[([^\]]*)\]\s*TJ/g;
      for (const op of (run[1] ?? '').matchAll(ops)) {
        if (op[1]) cmap = fontNames.get(op[1]) ?? new Map();
        const hex =
          op[2] ?? [...(op[3] ?? '').matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => h[1]).join('');
        for (let i = 0; i + 4 <= hex.length; i += 4) {
          line += cmap.get(hex.slice(i, i + 4).toUpperCase()) ?? '';
        }
      }
      lines.push(line);
    }
  }
  return lines.join('\n');
}
