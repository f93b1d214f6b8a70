// The README and docs/ link to each other page by page: a page moved or a heading renamed must
// not leave a reader on a dead link. Checks every relative link's file, and its #anchor against
// the target page's headings (GitHub's anchors: lower case, punctuation dropped, spaces to -).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

function markdownFiles(): string[] {
  const docs = readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md'))
    .map((path) => join(root, 'docs', path));
  return [join(root, 'README.md'), ...docs];
}

const anchorOf = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

/** The anchors of a Markdown file's headings (outside code blocks). */
function anchors(markdown: string): Set<string> {
  const found = new Set<string>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (!inFence && heading) found.add(anchorOf(heading[1] ?? ''));
  }
  return found;
}

/** The dead links of one Markdown file, as `file: target (why)`. */
export function deadLinks(file: string, markdown: string): string[] {
  const dead: string[] = [];
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  for (const match of withoutCode.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1] ?? '';
    if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
    const [path = '', anchor] = target.split('#');
    const where = `${relative(root, file)}: ${target}`;
    const targetFile = path === '' ? file : resolve(dirname(file), path);
    if (path !== '' && !existsSync(targetFile)) {
      dead.push(`${where} (no such file)`);
      continue;
    }
    if (anchor === undefined || !targetFile.endsWith('.md')) continue;
    const page = path === '' ? markdown : readFileSync(targetFile, 'utf8');
    if (!anchors(page).has(decodeURIComponent(anchor))) {
      dead.push(`${where} (no such heading)`);
    }
  }
  return dead;
}

describe('links between the README and docs/', () => {
  it('all lead to an existing page and heading', () => {
    const dead = markdownFiles().flatMap((file) => deadLinks(file, readFileSync(file, 'utf8')));
    expect(dead).toEqual([]);
  });

  it('are reported when the page or the heading does not exist', () => {
    const file = join(root, 'docs', 'operators', 'page.md');
    const markdown = [
      '# A page',
      '## Its part',
      'See [secrets](secrets.md), [gone](removed.md), [a part](#its-part), [nowhere](#nowhere),',
      '[backups](backups.md#restore), [no such part](backups.md#rewind), `[code](x.md)`.',
    ].join('\n');
    expect(deadLinks(file, markdown)).toEqual([
      'docs/operators/page.md: removed.md (no such file)',
      'docs/operators/page.md: #nowhere (no such heading)',
      'docs/operators/page.md: backups.md#rewind (no such heading)',
    ]);
  });
});
