// Bundles the hub's CLI (serve, migrate, administration, the local hub) into one CommonJS file.
import { build } from 'esbuild';

const quiet = process.argv.includes('--quiet');
await build({
  entryPoints: ['hub/cli/hub-cli.ts'],
  outfile: 'dist/hub/hub-cli.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  // node-postgres loads its optional native binding only when asked: never in the hub.
  external: ['pg-native'],
  logLevel: quiet ? 'error' : 'warning',
});
if (!quiet) console.log('built dist/hub/hub-cli.cjs');
