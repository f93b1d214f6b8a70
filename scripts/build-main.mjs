// Bundles the Node/Electron side (main, preload, browser host, CLI) into CommonJS files in dist/.
// Native modules stay external; everything else is bundled so the packaged app needs no sources.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const quiet = process.argv.includes('--quiet');
const entries = [
  { in: 'main/electron/electron-main.ts', out: 'dist/main/electron-main.cjs' },
  { in: 'preload/preload.ts', out: 'dist/preload/preload.cjs' },
  { in: 'main/browser-host/browser-host-cli.ts', out: 'dist/main/browser-host.cjs' },
  { in: 'main/cli/roster-cli.ts', out: 'dist/main/roster-cli.cjs' },
  { in: 'main/cli/config-cli.ts', out: 'dist/main/config-cli.cjs' },
  // Loaded by the bundles above at run time (worker thread of the roster import).
  { in: 'main/roster/siecle/siecle-stage-worker.ts', out: 'dist/main/siecle-stage-worker.cjs' },
];

for (const entry of entries) {
  if (!existsSync(entry.in)) {
    console.error(`build-main: missing entry ${entry.in}`);
    process.exit(1);
  }
  await build({
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    external: ['electron', 'better-sqlite3', 'keytar'],
    logLevel: quiet ? 'error' : 'warning',
  });
  if (!quiet) console.log(`built ${entry.out}`);
}
