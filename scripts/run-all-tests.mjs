// `npm test`: every check the project has (the static ones two at a time, then the rest in order), then one closing line that totals them:
// "N passed, N failed" (skipped tests on the line before). Lint and type-check count as one check each; unit,
// integration and end-to-end tests count per test. Exits non-zero if anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const failedStages = [];
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  // Each stage says how long it took, so a slow stage shows up in the CI log before CI's time limit does.
  console.log(`=== ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) results.passed += 1;
  else {
    results.failed += 1;
    failedStages.push(label);
  }
}

function suite(label, command, args, reportFile, count, env) {
  rmSync(reportFile, { force: true });
  const success = run(label, command, args, env);
  if (!existsSync(reportFile)) {
    results.failed += 1;
    failedStages.push(`${label} (no report)`);
    return;
  }
  const counts = count(JSON.parse(readFileSync(reportFile, 'utf8')));
  results.passed += counts.passed;
  results.failed += counts.failed;
  results.skipped += counts.skipped;
  if (!success || counts.failed > 0) failedStages.push(label);
  if (!success && counts.failed === 0) results.failed += 1; // e.g. a file that failed to load
  if (counts.passed + counts.failed === 0) {
    results.failed += 1;
    failedStages.push(`${label} (ran no test)`);
  }
}

/**
 * Checks that each use one core, run two at a time (CI machines have two cores, and a check
 * alone leaves the other idle for minutes). Each one's output is printed whole when it ends.
 */
async function checksTwoAtATime(checks) {
  const queue = [...checks];
  const runOne = ([label, command, args]) =>
    new Promise((resolve) => {
      const started = Date.now();
      const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('close', (status) => {
        console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
        process.stdout.write(Buffer.concat(output));
        console.log(`=== ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
        if (status === 0) results.passed += 1;
        else {
          results.failed += 1;
          failedStages.push(label);
        }
        resolve();
      });
    });
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await runOne(next);
  };
  await Promise.all([worker(), worker()]);
}

await checksTwoAtATime([
  ['type-check (main, preload, shared, tests)', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['type-check (renderer)', 'npx', ['vue-tsc', '-p', 'renderer/tsconfig.json']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['type-check (end-to-end tests)', 'npx', ['tsc', '-p', 'tests/e2e/tsconfig.json']],
  ['type-check (renderer unit tests)', 'npx', ['tsc', '-p', 'tests/unit/renderer/tsconfig.json']],
  // S-EL-7: Electronegativity over main/ and preload/ (offline; it exits 0 on findings, so the
  // script reads its SARIF report and fails on any finding above informational).
  ['Electron hardening (Electronegativity)', 'node', ['scripts/electronegativity-check.mjs']],
]);
check('native module for Node', 'node', ['scripts/rebuild-native.mjs', 'node']);

suite(
  'unit and integration tests',
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile=test-results/vitest.json',
  ],
  'test-results/vitest.json',
  (report) => ({
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  }),
);

// S-DATA-1: the keychain tests need a real Secret Service; they get a throwaway gnome-keyring
// in a private D-Bus session (never the user's own keyring).
suite(
  'keychain tests (real gnome-keyring under dbus-run-session)',
  'node',
  [
    'scripts/with-test-keychain.mjs',
    'npx',
    'vitest',
    'run',
    '--config',
    'vitest.keychain.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile=test-results/vitest-keychain.json',
  ],
  'test-results/vitest-keychain.json',
  (report) => ({
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  }),
);

check('build', 'npm', ['run', 'build', '--silent']);

suite(
  'end-to-end tests (Playwright, Chromium)',
  'npx',
  ['playwright', 'test', '--reporter=list,json'],
  'test-results/playwright.json',
  (report) => ({
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
  }),
  { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json' },
);

if (failedStages.length > 0) console.log(`\nFailed: ${failedStages.join('; ')}`);
// Skipped tests (the Electron one where no binary exists) are said on their own line: the last
// line is exactly "N passed, N failed", what CI reads.
console.log(`\n${results.skipped} skipped`);
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
