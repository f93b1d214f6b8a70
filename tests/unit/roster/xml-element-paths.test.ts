import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamXmlFile } from '../../../main/roster/siecle/stream-xml-file';
import { makeTempDir } from '../../fixtures/siecle/siecle-fixture-files';

/** Every element's path and parent path as the reader is told them, in document order. */
async function pathsOf(xml: string): Promise<string[]> {
  const path = join(makeTempDir(), 'paths.xml');
  writeFileSync(path, `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
  const seen: string[] = [];
  const failure = await streamXmlFile(path, () => ({
    open: (elementPath, name) => seen.push(`open ${elementPath} ${name}`),
    close: (elementPath, name, text, _line, parent) =>
      seen.push(`close ${elementPath} ${name} ${text} in ${parent}`),
  }));
  expect(failure).toBeNull();
  return seen;
}

describe('element paths told to a reader', () => {
  it('are the same for repeated records, and distinct for distinct places', async () => {
    const seen = await pathsOf('<R><P><N>a</N></P><P><N>b</N></P><Q><N>c</N></Q></R>');
    expect(seen).toEqual([
      'open R R',
      'open R/P P',
      'open R/P/N N',
      'close R/P/N N a in R/P',
      'close R/P P  in R',
      'open R/P P',
      'open R/P/N N',
      'close R/P/N N b in R/P',
      'close R/P P  in R',
      'open R/Q Q',
      'open R/Q/N N',
      'close R/Q/N N c in R/Q',
      'close R/Q Q  in R',
      'close R R  in ',
    ]);
  });

  it('stay right past the number of distinct children an element keeps paths for', async () => {
    const children = Array.from(
      { length: 600 },
      (_, i) => `<E${i % 300}><F>${i}</F></E${i % 300}>`,
    );
    const seen = await pathsOf(`<R>${children.join('')}</R>`);
    const closedF = seen.filter((line) => line.startsWith('close R/E') && line.includes('/F '));
    expect(closedF).toHaveLength(600);
    closedF.forEach((line, i) => {
      expect(line).toBe(`close R/E${i % 300}/F F ${i} in R/E${i % 300}`);
    });
  });
});
