// Builds the benchmark (scripts/bench/*.ts, bundled like the CLI) and runs it with the
// arguments given: `npm run bench -- --scale 0.05`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const out = 'dist/bench/roster-import-bench.cjs';
// The import stages each SIECLE file on a worker thread: its script sits next to the bundle.
for (const [entry, outfile] of [
  ['scripts/bench/roster-import-bench.ts', out],
  ['main/roster/siecle/siecle-stage-worker.ts', 'dist/bench/siecle-stage-worker.cjs'],
]) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
}
const run = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
