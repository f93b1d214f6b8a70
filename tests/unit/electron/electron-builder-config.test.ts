// electron-builder.yml is read as text: no YAML parser is a dependency. The helper below reads
// the simple "key: value" lines of one top-level block, which is all this file uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const text = readFileSync(join(__dirname, '..', '..', '..', 'electron-builder.yml'), 'utf8');
const lines = text.split(/\r?\n/).filter((line) => !/^\s*(#|$)/.test(line));

/** The `key: value` pairs (and `- item` entries) indented under a top-level key. */
const block = (name: string): { values: Record<string, string>; items: string[] } => {
  const start = lines.findIndex((line) => line === `${name}:`);
  expect(start, `top-level "${name}:" block`).toBeGreaterThanOrEqual(0);
  const values: Record<string, string> = {};
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!/^\s/.test(line)) break;
    const item = /^\s+-\s+(.+)$/.exec(line);
    if (item?.[1]) items.push(item[1].replace(/^'(.*)'$/, '$1'));
    const pair = /^\s+([A-Za-z]+):\s*(.*)$/.exec(line);
    if (pair?.[1]) values[pair[1]] = pair[2] ?? '';
  }
  return { values, items };
};

const topLevel = (key: string): string | undefined =>
  lines.map((line) => new RegExp(`^${key}:\\s*(.+)$`).exec(line)?.[1]).find(Boolean);

describe('electron-builder.yml', () => {
  it('sets the fuses of S-EL-6', () => {
    expect(block('electronFuses').values).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableCookieEncryption: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });

  it('packs an asar with better-sqlite3 (rebuilt for Electron) and keytar unpacked', () => {
    expect(topLevel('asar')).toBe('true');
    expect(block('asarUnpack').items).toEqual([
      'node_modules/better-sqlite3/**',
      'node_modules/keytar/**',
    ]);
    expect(topLevel('npmRebuild')).toBe('true');
  });

  it('names the app and ships only the build and package.json', () => {
    expect(topLevel('appId')).toBe('fr.kiosque.activation');
    expect(topLevel('productName')).toBeTruthy();
    expect(block('directories').values.output).toBe('release');
    expect(block('files').items).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
  });

  it('targets AppImage and deb on Linux, a per-machine assisted NSIS installer on Windows', () => {
    const linux = block('linux');
    expect(linux.items).toEqual(['AppImage', 'deb']);
    expect(linux.values.category).toBe('Education');
    expect(linux.values.maintainer).toBeTruthy();
    expect(block('win').items).toEqual(['nsis']);
    expect(block('nsis').values).toMatchObject({ oneClick: 'false', perMachine: 'true' });
  });
});
