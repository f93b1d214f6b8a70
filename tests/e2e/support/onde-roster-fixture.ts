// A small fictional école exported from ONDE the way its director gets it (Windows-1252 CSV,
// tests/fixtures/onde), imported into a fresh kiosk data dir with the product's own CLI
// (dist/main/roster-cli.cjs) and --uai, as a school's IT person does.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeOndePair } from '../../fixtures/onde/onde-export-files';
import { GUARDIANS, ONDE_UAI, PUPILS } from '../../fixtures/onde/onde-school';

const run = promisify(execFile);

/** A fresh data dir holding the ONDE fixture école (tests/fixtures/onde/onde-school.ts). */
export async function importOndeRosterIntoNewDataDir(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-roster-'));
  const exportDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-onde-'));
  try {
    const files = writeOndePair(PUPILS, GUARDIANS, {}, exportDir);
    try {
      await run(
        process.execPath,
        [
          'dist/main/roster-cli.cjs',
          'import',
          files.students,
          files.guardians,
          '--uai',
          ONDE_UAI,
          '--school-name',
          'École élémentaire Jules Ferry',
          '--data-dir',
          dataDir,
        ],
        { timeout: 30_000 },
      );
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      const failure = error as { stdout?: string; stderr?: string; message: string };
      throw new Error(
        `ONDE roster import failed: ${failure.message}\n${failure.stdout ?? ''}\n${failure.stderr ?? ''}`,
      );
    }
  } finally {
    rmSync(exportDir, { recursive: true, force: true });
  }
  return dataDir;
}
