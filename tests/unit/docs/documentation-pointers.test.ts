// The kiosk's messages point a school's IT person at the page that holds the answer (a start-up
// log line, a CLI report, the console's French text). A page renamed or moved must not leave a
// message pointing nowhere, and no message may send them to README sections that moved to docs/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => join(root, dir, path));
}

const files = [...sources('main'), ...sources('shared'), join(root, 'renderer/src/i18n/fr.ts')];

/** The docs/ pages a source file names, as `file: page`. */
export function pagePointers(file: string, text: string): string[] {
  return [...text.matchAll(/docs\/(?:operators|developers)\/[\w-]+\.md/g)].map(
    (match) => `${relative(root, file)}: ${match[0]}`,
  );
}

describe("the kiosk's pointers to its documentation", () => {
  it('name pages that exist', () => {
    const pointers = files.flatMap((file) => pagePointers(file, readFileSync(file, 'utf8')));
    expect(pointers.length).toBeGreaterThan(0);
    const missing = pointers.filter((pointer) => !existsSync(join(root, pointer.split(': ')[1]!)));
    expect(missing).toEqual([]);
  });

  it('never send a reader to the README for what docs/ holds', () => {
    const readmePointers = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line))
        .filter((line) => /see the README|voir le README|Le README|\(README, /.test(line))
        .map((line) => `${relative(root, file)}: ${line.trim()}`),
    );
    expect(readmePointers).toEqual([]);
  });
});
