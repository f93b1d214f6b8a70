// scripts/rebuild-native.mjs records which runtime better-sqlite3 is built for and rebuilds
// only when the target changes. These tests stay on the "already built" paths: no compiler,
// no network.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

interface RebuildNativeModule {
  nativeTargetKey(runtime: string, version: string, platform?: string, arch?: string): string;
  rebuildNative(target: string, root: string): Promise<string>;
  readMarker(root: string): string | undefined;
}

const loadScript = async (): Promise<RebuildNativeModule> =>
  (await import(
    pathToFileURL(resolve(__dirname, '..', '..', '..', 'scripts', 'rebuild-native.mjs')).href
  )) as RebuildNativeModule;

const roots: string[] = [];
const fakeProject = (marker: string | undefined): string => {
  const root = mkdtempSync(join(tmpdir(), 'kiosk-native-'));
  roots.push(root);
  mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(
    join(root, 'node_modules', 'electron', 'package.json'),
    JSON.stringify({ version: '45.5.0' }),
  );
  if (marker) writeFileSync(join(root, 'node_modules', '.kiosk-native-target'), `${marker}\n`);
  return root;
};

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('rebuild-native', () => {
  it('names a target by runtime, version, platform and architecture', async () => {
    const { nativeTargetKey } = await loadScript();
    expect(nativeTargetKey('electron', '45.5.0', 'linux', 'x64')).toBe('electron-45.5.0-linux-x64');
  });

  it('does nothing when the recorded build is already for Node', async () => {
    const { nativeTargetKey, rebuildNative, readMarker } = await loadScript();
    const key = nativeTargetKey('node', `abi${process.versions.modules}`);
    const root = fakeProject(key);
    expect(await rebuildNative('node', root)).toBe(`already built for ${key}`);
    expect(readMarker(root)).toBe(key);
  });

  it('does nothing when the recorded build is already for this Electron', async () => {
    const { nativeTargetKey, rebuildNative } = await loadScript();
    const key = nativeTargetKey('electron', '45.5.0');
    const root = fakeProject(key);
    expect(await rebuildNative('electron', root)).toBe(`already built for ${key}`);
    expect(readFileSync(join(root, 'node_modules', '.kiosk-native-target'), 'utf8')).toBe(
      `${key}\n`,
    );
  });

  it('refuses an unknown target', async () => {
    const { rebuildNative } = await loadScript();
    await expect(rebuildNative('deno', fakeProject(undefined))).rejects.toThrow(/Unknown target/);
  });
});
