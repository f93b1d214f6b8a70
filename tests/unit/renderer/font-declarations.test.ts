// Issue 11, item 2: reloading the kiosk page hundreds of times must not freeze it. Chromium
// keeps, in the renderer process that every reload of the tab reuses, a font resource for each
// file of each @font-face rule of each page load; with the font packages' full sets (258 rules,
// 516 files) the page stopped answering for 30 s and more after a few hundred reloads
// (docs-pending/reloads.md). The page declares few font files, and still one face for every
// script a parent may choose.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN_CSS = join(__dirname, '../../../renderer/src/styles/main.css');
const resolveFromRenderer = createRequire(MAIN_CSS).resolve;

/** The @font-face rules the page's stylesheet pulls in through its @import lines. */
function declaredFontFaces(): { family: string; files: string[] }[] {
  const imports = [...readFileSync(MAIN_CSS, 'utf8').matchAll(/@import\s+'([^']+)'/g)].map(
    (match) => match[1] ?? '',
  );
  return imports.flatMap((spec) => {
    const css = readFileSync(resolveFromRenderer(spec), 'utf8');
    return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((rule) => {
      const body = rule[1] ?? '';
      return {
        family: /font-family:\s*'([^']+)'/.exec(body)?.[1] ?? '',
        files: [...body.matchAll(/url\(([^)]+)\)/g)].map((url) => url[1] ?? ''),
      };
    });
  });
}

describe('the page’s font declarations (issue 11 item 2: reloads)', () => {
  it('declare few font files, so that hundreds of reloads of the kiosk page do not freeze it', () => {
    const faces = declaredFontFaces();
    expect(faces.length).toBeLessThanOrEqual(32);
    expect(faces.flatMap((face) => face.files).length).toBeLessThanOrEqual(64);
  });

  it('still give every script a parent may choose, and the identifiers, a bundled face', () => {
    const families = new Set(declaredFontFaces().map((face) => face.family));
    expect([...families].sort()).toEqual([
      'Noto Sans',
      'Noto Sans Arabic',
      'Noto Sans Mono',
      'Noto Sans SC',
    ]);
  });
});
