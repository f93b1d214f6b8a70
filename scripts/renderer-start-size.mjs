#!/usr/bin/env node
// The JavaScript a parent's screen loads, from the built renderer (dist/renderer, after
// `npm run build`): the start page's entry chunk and every chunk it imports statically, read from
// Vite's manifest, gzipped as a server would send them. Chunks imported dynamically (the
// secretariat's console) are not counted: the start page does not load them.
//
//   node scripts/renderer-start-size.mjs [RENDERER_DIR]
//
// prints each chunk and the total, and exits 1 when the total is over the budget.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Issue 14: the parent screens' JS, at most 120 kB gzipped (kB as Vite prints it: 1000 bytes). */
export const START_PAGE_JS_BUDGET_BYTES = 120_000;

/** Vite's manifest of a built renderer (build.manifest in renderer/vite.config.ts). */
export function readRendererManifest(rendererDir) {
  return JSON.parse(readFileSync(join(rendererDir, '.vite', 'manifest.json'), 'utf8'));
}

/** The manifest keys of a chunk and of everything it imports statically, the chunk first. */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/** The JS files the start page (index.html) loads, each with its gzipped size in bytes. */
export function startPageScripts(rendererDir) {
  const manifest = readRendererManifest(rendererDir);
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (entry === undefined) throw new Error(`no entry chunk in ${rendererDir}/.vite/manifest.json`);
  return [...staticClosure(manifest, entry)].map((key) => {
    const file = manifest[key].file;
    return { file, gzipBytes: gzipSync(readFileSync(join(rendererDir, file))).length };
  });
}

/** The JS files only a dynamic import of `source` (e.g. src/console/ConsoleScreen.vue) loads. */
export function lazyChunkFiles(rendererDir, source) {
  const manifest = readRendererManifest(rendererDir);
  if (manifest[source] === undefined) throw new Error(`${source} is not a chunk of its own`);
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const loadedAtStart = entry === undefined ? new Set() : staticClosure(manifest, entry);
  return [...staticClosure(manifest, source)]
    .filter((key) => !loadedAtStart.has(key))
    .map((key) => manifest[key].file);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const rendererDir = resolve(process.argv[2] ?? 'dist/renderer');
  const scripts = startPageScripts(rendererDir);
  const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  for (const script of scripts) console.log(`${kB(script.gzipBytes).padStart(10)}  ${script.file}`);
  const consoleSource = 'src/console/ConsoleScreen.vue';
  const manifest = readRendererManifest(rendererDir);
  const consoleChunk =
    manifest[consoleSource] === undefined
      ? 'none: the console is in the start page'
      : lazyChunkFiles(rendererDir, consoleSource).join(', ');
  console.log(
    `Start page JS: ${kB(total)} gzip (budget ${kB(START_PAGE_JS_BUDGET_BYTES)}); ` +
      `the console's own chunk, not counted: ${consoleChunk}`,
  );
  if (total > START_PAGE_JS_BUDGET_BYTES) {
    console.error(
      `The start page's JS is over its budget by ${kB(total - START_PAGE_JS_BUDGET_BYTES)}.`,
    );
    process.exitCode = 1;
  }
}
