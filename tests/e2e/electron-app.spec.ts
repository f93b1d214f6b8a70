// The real Electron app, driven by Playwright. Runs only where an Electron binary is
// installed; elsewhere it is reported as skipped (the browser-host tests cover the same
// renderer and core). The binary is located without require('electron'), which would try to
// download it.
import { _electron as electron, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package is "type": "module": Playwright loads this spec as ESM, without __dirname.
const projectDir = fileURLToPath(new URL('../..', import.meta.url));

const installedElectronBinary = (): string | undefined => {
  const packageDir = join(projectDir, 'node_modules', 'electron');
  try {
    const relative = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const binary = override
      ? join(override, relative || 'electron')
      : join(packageDir, 'dist', relative);
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
};

test('the Electron kiosk opens on its first screen', async () => {
  const executablePath = installedElectronBinary();
  test.skip(
    !executablePath,
    'Skipped: no Electron binary on this machine (the browser-host tests cover the same renderer and core)',
  );
  // better-sqlite3 must be in its Electron build for the app, and back in its Node build after.
  const rebuildNative = (target: 'electron' | 'node') =>
    execFileSync(process.execPath, [join(projectDir, 'scripts', 'rebuild-native.mjs'), target], {
      stdio: 'inherit',
    });
  rebuildNative('electron');
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-electron-e2e-'));
  const app = await electron.launch({
    executablePath,
    args: [join(projectDir, 'dist', 'main', 'electron-main.cjs')],
    env: { ...process.env, KIOSK_DATA_DIR: dataDir, KIOSK_WINDOWED: '1' },
  });
  try {
    const window = await app.firstWindow();
    expect(window.url()).toBe('app://kiosk/index.html');
    await expect(window.getByText('Se connecter').first()).toBeVisible();
    // The page has the bridge and nothing of Node (S-EL-1).
    expect(await window.evaluate(() => typeof (window as { kiosk?: unknown }).kiosk)).toBe(
      'object',
    );
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
    rebuildNative('node');
  }
});
