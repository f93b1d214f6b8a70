// scripts/start-electron.mjs must find the Electron binary without ever downloading it, and
// say clearly what to do when there is none.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

interface StartElectronModule {
  findElectronBinary(root: string, env: NodeJS.ProcessEnv): { binary?: string; reason?: string };
  noBinaryMessage(reason: string): string;
}

const loadScript = async (): Promise<StartElectronModule> =>
  (await import(
    pathToFileURL(resolve(__dirname, '..', '..', '..', 'scripts', 'start-electron.mjs')).href
  )) as StartElectronModule;

const roots: string[] = [];
const fakeProject = (files: Record<string, string>): string => {
  const root = mkdtempSync(join(tmpdir(), 'kiosk-start-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
};

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('findElectronBinary', () => {
  it('reports a missing electron package', async () => {
    const { findElectronBinary } = await loadScript();
    expect(findElectronBinary(fakeProject({}), {}).reason).toMatch(/not installed/);
  });

  it('reports a binary that was never downloaded, without downloading it', async () => {
    const { findElectronBinary } = await loadScript();
    const root = fakeProject({ 'node_modules/electron/package.json': '{}' });
    const found = findElectronBinary(root, {});
    expect(found.binary).toBeUndefined();
    expect(found.reason).toMatch(/never downloaded/);
  });

  it('reports a path.txt whose binary is missing', async () => {
    const { findElectronBinary } = await loadScript();
    const root = fakeProject({
      'node_modules/electron/package.json': '{}',
      'node_modules/electron/path.txt': 'electron',
    });
    expect(findElectronBinary(root, {}).reason).toMatch(/does not exist/);
  });

  it('finds an installed binary', async () => {
    const { findElectronBinary } = await loadScript();
    const root = fakeProject({
      'node_modules/electron/package.json': '{}',
      'node_modules/electron/path.txt': 'electron',
      'node_modules/electron/dist/electron': '#!/bin/sh\n',
    });
    expect(findElectronBinary(root, {}).binary).toBe(
      join(root, 'node_modules', 'electron', 'dist', 'electron'),
    );
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', async () => {
    const { findElectronBinary } = await loadScript();
    const override = fakeProject({ electron: '#!/bin/sh\n' });
    const root = fakeProject({
      'node_modules/electron/package.json': '{}',
      'node_modules/electron/path.txt': 'electron',
    });
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override }).binary).toBe(
      join(override, 'electron'),
    );
  });

  it('points to the browser host when there is no binary', async () => {
    const { noBinaryMessage } = await loadScript();
    const message = noBinaryMessage('path.txt is missing');
    expect(message).toContain(
      'Electron could not start: no Electron binary is installed on this machine (path.txt is missing).',
    );
    expect(message).toContain('Run `npm run start:browser` to use the kiosk in a browser instead.');
  });
});
