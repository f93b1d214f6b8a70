// Builds the sync benchmark (scripts/bench/sync-*.ts, bundled like the CLI) and runs it with the
// arguments given: `npm run bench:sync -- --scale 0.05`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const out = 'dist/bench/sync-bench.cjs';
// The hub runs in a child process of its own; the roster import stages each SIECLE file on a
// worker thread. Both scripts sit next to the bundle.
for (const [entry, outfile] of [
  ['scripts/bench/sync-bench.ts', out],
  ['scripts/bench/sync-bench-hub.ts', 'dist/bench/sync-bench-hub.cjs'],
  ['main/roster/siecle/siecle-stage-worker.ts', 'dist/bench/siecle-stage-worker.cjs'],
]) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'pg-native'],
    logLevel: 'error',
  });
}
const run = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
