#!/usr/bin/env node
// S-EL-7: Electronegativity over main/ and preload/, offline, failing on any finding above
// informational. Electronegativity always exits 0, so its SARIF report is read instead: a
// result of level "warning" or "error" fails; a "note" (what it asks a person to review, e.g.
// "review the use of preload scripts", or a CSP held in a constant it cannot read) is printed
// and passes. Both folders are scanned as one tree, so its global checks (CSP, navigation
// limits, permission handler) see the main process and the preload together.
// Offline: AvailableSecurityFixesGlobalCheck (it asks the network for Electron releases) is
// excluded and the Electron version is the installed one.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export const DEFAULT_INPUTS = ['main', 'preload'];
export const DEFAULT_REPORT = 'test-results/electronegativity.sarif';
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

/** The SARIF results that fail the check: any level but "note" / "none". */
export const failingResults = (sarif) =>
  sarif.runs.flatMap((run) => run.results).filter((r) => r.level !== 'note' && r.level !== 'none');

const describe = (result) => {
  const location = result.locations?.[0]?.physicalLocation;
  const where = location
    ? `${location.artifactLocation.uri}:${location.region?.startLine ?? 1}`
    : 'global';
  return `${result.ruleId} (${result.level}) at ${where}: ${result.message.text}`;
};

/** Electronegativity writes its report without waiting for the write: wait for it here. */
const readReport = async (report) => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return JSON.parse(readFileSync(report, 'utf8'));
    } catch (error) {
      if (attempt >= 100)
        throw new Error(`no readable SARIF report in ${report}: ${error.message}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }
};

/**
 * Scans `inputs` (folders of `root`) as one tree and writes the SARIF report to `report`.
 * Returns { failures, notes, parseErrors } (strings, English).
 */
export async function checkWithElectronegativity({
  root = projectDir,
  inputs = DEFAULT_INPUTS,
  report = join(projectDir, DEFAULT_REPORT),
} = {}) {
  const run = require('@doyensec/electronegativity/dist/runner.js');
  const electronVersion = require('electron/package.json').version;
  const tree = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  try {
    for (const input of inputs)
      cpSync(join(root, input), join(tree, basename(input)), { recursive: true });
    mkdirSync(dirname(report), { recursive: true });
    rmSync(report, { force: true });
    const outcome = await run({
      input: tree,
      output: report,
      isSarif: true,
      isRelative: true,
      excludeFromScan: EXCLUDED_CHECKS,
      electronVersionOverride: electronVersion,
    });
    const sarif = await readReport(report);
    const results = sarif.runs.flatMap((r) => r.results);
    const failing = failingResults(sarif);
    return {
      failures: failing.map(describe),
      notes: results.filter((r) => !failing.includes(r)).map(describe),
      // A file it cannot parse is a file it did not check.
      parseErrors: outcome.errors
        .filter((error) => !error.tolerable)
        .map((error) => `${error.file}: ${error.message}`),
    };
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

const main = async () => {
  const inputs = process.argv.slice(2);
  const { failures, notes, parseErrors } = await checkWithElectronegativity(
    inputs.length > 0 ? { inputs } : {},
  );
  for (const note of notes) console.log(`note (reviewed, not a failure): ${note}`);
  for (const error of parseErrors) console.error(`not parsed: ${error}`);
  for (const failure of failures) console.error(`FINDING: ${failure}`);
  const failed = failures.length + parseErrors.length > 0;
  console.log(
    failed
      ? `Electronegativity: ${failures.length} finding(s) above informational, ${parseErrors.length} file(s) not parsed`
      : `Electronegativity: no finding above informational (${notes.length} note(s)); report in ${DEFAULT_REPORT}`,
  );
  process.exit(failed ? 1 : 0);
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`electronegativity check failed to run: ${error.stack ?? error}`);
    process.exit(1);
  });
}
