#!/usr/bin/env node
// Builds better-sqlite3's native module for the runtime about to use it:
//   node scripts/rebuild-native.mjs electron   before `npm start` / `npm run dist`
//   node scripts/rebuild-native.mjs node       before `npm test`, `npm run roster`,
//                                              `npm run start:browser` (restores the Node build)
//   --quiet                                    says nothing when nothing had to be rebuilt
// Node and Electron need different binaries (different ABIs). The runtime the current build is
// for is recorded in node_modules/.kiosk-native-target, so nothing is rebuilt when it already
// matches and `npm test` after `npm start` (and the reverse) keep working without hand steps.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const NATIVE_MODULE = 'better-sqlite3';
export const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const markerPath = (root = projectDir) => join(root, 'node_modules', '.kiosk-native-target');

/** A short key naming one binary-compatible runtime: "node-abi115-linux-x64". */
export const nativeTargetKey = (
  runtime,
  version,
  platform = process.platform,
  arch = process.arch,
) => `${runtime}-${version}-${platform}-${arch}`;

export const electronVersion = (root = projectDir) =>
  JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

export const readMarker = (root = projectDir) => {
  try {
    return readFileSync(markerPath(root), 'utf8').trim();
  } catch {
    return undefined;
  }
};

const writeMarker = (key, root) => writeFileSync(markerPath(root), `${key}\n`);

const run = (command, args, root) => {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
};

/** True when the current better-sqlite3 binary loads in this Node (a fresh `npm install`). */
const loadsInNode = (root) =>
  spawnSync(
    process.execPath,
    ['-e', `new (require(${JSON.stringify(NATIVE_MODULE)}))(':memory:').close()`],
    { cwd: root, stdio: 'ignore' },
  ).status === 0;

const rebuildForNode = (root) => {
  const key = nativeTargetKey('node', `abi${process.versions.modules}`);
  if (readMarker(root) === key) return `already built for ${key}`;
  // No marker yet: `npm install` built for Node; check it loads rather than rebuild blindly.
  if (readMarker(root) === undefined && loadsInNode(root)) {
    writeMarker(key, root);
    return `already built for ${key}`;
  }
  run('npm', ['rebuild', NATIVE_MODULE], root);
  writeMarker(key, root);
  return `rebuilt for ${key}`;
};

const rebuildForElectron = async (root) => {
  const version = electronVersion(root);
  const key = nativeTargetKey('electron', version);
  if (readMarker(root) === key) return `already built for ${key}`;
  if (!existsSync(join(root, 'node_modules', '@electron', 'rebuild'))) {
    throw new Error('@electron/rebuild is not installed (it comes with electron-builder).');
  }
  // Imported lazily: the Node target must work even if @electron/rebuild is missing.
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({
    buildPath: root,
    electronVersion: version,
    onlyModules: [NATIVE_MODULE],
    force: true,
  });
  writeMarker(key, root);
  return `rebuilt for ${key}`;
};

export const rebuildNative = async (target, root = projectDir) => {
  if (target === 'node') return rebuildForNode(root);
  if (target === 'electron') return rebuildForElectron(root);
  throw new Error(`Unknown target "${target}": use "node" or "electron".`);
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const target = process.argv[2];
  const quiet = process.argv.includes('--quiet');
  rebuildNative(target)
    .then((outcome) => {
      if (!(quiet && outcome.startsWith('already'))) console.log(`${NATIVE_MODULE}: ${outcome}`);
    })
    .catch((error) => {
      console.error(`${NATIVE_MODULE}: native rebuild for ${target} failed: ${error.message}`);
      process.exit(1);
    });
}
