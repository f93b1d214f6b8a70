#!/usr/bin/env node
// `npm start`: build, put better-sqlite3 in its Electron build, launch the Electron binary on
// the project. Where no Electron binary exists (CI, offline machines) it says so and points to
// the browser host instead of failing obscurely.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rebuildNative } from './rebuild-native.mjs';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Finds the Electron executable the way `require('electron')` does, but without its side
 * effect: the installed electron package (node_modules/electron/index.js) downloads the binary when it is missing,
 * which must never happen silently (or hang) on an offline machine.
 * Returns { binary } or { reason } (English, for the message below).
 */
export const findElectronBinary = (root = projectDir, env = process.env) => {
  const packageDir = join(root, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'package.json'))) {
    return { reason: 'the electron package is not installed' };
  }
  let relativeBinary;
  try {
    relativeBinary = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return { reason: 'node_modules/electron/path.txt is missing: the binary was never downloaded' };
  }
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relativeBinary || 'electron')
    : join(packageDir, 'dist', relativeBinary);
  if (!existsSync(binary)) return { reason: `${binary} does not exist` };
  return { binary };
};

export const noBinaryMessage = (reason) =>
  `Electron could not start: no Electron binary is installed on this machine (${reason}). ` +
  'Run `npm run start:browser` to use the kiosk in a browser instead. ' +
  '(To install the binary where a network is available: `npx install-electron`.)';

const runNpm = (args) => {
  const result = spawnSync('npm', args, {
    cwd: projectDir,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const main = async () => {
  // Checked first: without a binary, rebuilding better-sqlite3 for Electron would only break
  // the Node build the tests use.
  const found = findElectronBinary();
  if (!found.binary) {
    console.error(noBinaryMessage(found.reason));
    process.exit(1);
  }
  runNpm(['run', 'build']);
  console.log(`better-sqlite3: ${await rebuildNative('electron', projectDir)}`);

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would turn the binary into plain Node
  const child = spawn(found.binary, [projectDir, ...process.argv.slice(2)], {
    cwd: projectDir,
    stdio: 'inherit',
    env,
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`Electron could not start: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`npm start failed: ${error.message}`);
    process.exit(1);
  });
}
