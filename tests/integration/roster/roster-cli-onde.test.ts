// `npm run roster -- import eleves.csv responsables.csv --uai …`: the ONDE path of the roster
// command, end to end through runRosterCli into a real data directory.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRosterCli, type RosterCliIo } from '../../../main/cli/run-roster-cli';
import { DATABASE_FILE_NAME } from '../../../main/database/database-location';
import { openDatabase } from '../../../main/database/open-database';
import { ensureDemoRoster } from '../../../main/demo/ensure-demo-roster';
import { isDemoMode, readRosterSource } from '../../../main/roster/roster-source';
import { makeTempDir, studentsCsv, writeOndePair } from '../../fixtures/onde/onde-export-files';
import { CAMILLE, GUARDIANS, HUGO, ONDE_UAI, PUPILS } from '../../fixtures/onde/onde-school';
import { writeFixturePair } from '../../fixtures/siecle/siecle-fixture-files';
import { fingerprintDatabase } from './db-fingerprint';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: RosterCliIo = {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    env: {},
    clock: { now: () => new Date('2025-09-02T08:00:00Z') },
  };
  return { io, out, err };
}

const openKioskDb = (dataDir: string) => openDatabase(join(dataDir, DATABASE_FILE_NAME));

describe('roster CLI with ONDE exports', () => {
  it('prints, in English, a warning for a header ONDE is not known to write; the BE1D layout imports', async () => {
    const files = writeOndePair(PUPILS, GUARDIANS, {
      layout: 'be1d',
      strangeColumn: 'Nom usuel élève',
    });
    const { io, out } = captureIo();
    const argv = ['import', files.students, files.guardians, '--uai', ONDE_UAI];
    expect(await runRosterCli([...argv, '--data-dir', makeTempDir()], io)).toBe(0);
    expect(out).toContain(
      '  eleves.csv:1: warning: unknown column "Nom usuel élève" in the students export: not read (check that the file is an ONDE export)',
    );
  });

  it('imports the pair for the school given by --uai, into a demo kiosk, then finds nothing to change', async () => {
    const files = writeOndePair(PUPILS, GUARDIANS);
    const dataDir = makeTempDir();
    const demo = openKioskDb(dataDir);
    ensureDemoRoster(demo, { now: () => new Date('2025-09-01T08:00:00Z') });
    demo.close();

    const { io, out, err } = captureIo();
    const argv = [
      'import',
      files.students,
      files.guardians,
      '--uai',
      '0751234a',
      '--school-name',
      'École Jules Ferry',
      '--data-dir',
      dataDir,
    ];
    expect(await runRosterCli(argv, io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.slice(0, 4)).toEqual([
      `Imported the ONDE roster of school ${ONDE_UAI}.`,
      'Students: 7 (6 enrolled): 7 added, 0 updated, 0 unchanged',
      'Guardians: 4 (3 with a mobile number): 4 added, 0 updated, 0 unchanged',
      'Links: 7 (7 to a legal guardian): 7 added, 0 updated, 0 removed',
    ]);
    expect(out).toContain('The demo roster was removed: the kiosk has left demo mode.');
    expect(out).toContain(
      '  CSVExtraction-responsables.csv:4 child 2 (LEFÈVRE Jules): warning: child (class "CP") matches no pupil of the students export by names: not linked',
    );
    // A first real roster: the IT person is told what to set up before parents can activate,
    // then given the code that claims the console (S-SEC-1: none has an account yet).
    expect(out.at(-5)).toMatch(/^Before parents can activate/);
    expect(out.at(-1)).toMatch(
      /^Console setup code \(asked once, to create the first secretariat account\): /,
    );
    const db = openKioskDb(dataDir);
    expect(readRosterSource(db)).toBe('onde');
    expect(isDemoMode(db)).toBe(false);
    expect(db.prepare('SELECT uai, name, source FROM schools').all()).toEqual([
      { uai: ONDE_UAI, name: 'École Jules Ferry', source: 'onde' },
    ]);
    const before = fingerprintDatabase(db);
    db.close();

    const again = captureIo();
    expect(await runRosterCli(argv, again.io)).toBe(0);
    expect(again.out).toContain('Nothing changed: the database already held this roster.');
    expect(again.out.join('\n')).not.toContain('Before parents can activate');
    const after = openKioskDb(dataDir);
    expect(fingerprintDatabase(after)).toEqual(before);
    after.close();
  });

  it('--dry-run checks the files and creates nothing', async () => {
    const files = writeOndePair(PUPILS, GUARDIANS);
    const dataDir = makeTempDir();
    const { io, out } = captureIo();
    expect(
      await runRosterCli(
        [
          'import',
          files.guardians,
          files.students,
          '--uai',
          ONDE_UAI,
          '--data-dir',
          dataDir,
          '--dry-run',
        ],
        io,
      ),
    ).toBe(0);
    expect(out[0]).toBe(
      `Dry run: the ONDE roster of school ${ONDE_UAI} is valid; nothing was written.`,
    );
    expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(false);
  });

  it('exits 1 on a malformed export, listing the problem with its line, and changes nothing', async () => {
    const files = writeOndePair(PUPILS, GUARDIANS);
    writeFileSync(files.students, studentsCsv([CAMILLE, { ...HUGO, birthDate: '2018-13-02' }]));
    const dataDir = makeTempDir();
    const { io, out, err } = captureIo();
    expect(
      await runRosterCli(
        ['import', files.students, files.guardians, '--uai', ONDE_UAI, '--data-dir', dataDir],
        io,
      ),
    ).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'Import rejected: nothing was changed.',
      'Problems (1):',
      '  eleves.csv:3 (DUPONT Hugo): fatal: invalid birth date "2018-13-02" (expected dd/mm/yyyy or yyyy-mm-dd)',
    ]);
    expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(false);
  });

  it('exits 2 with a clear line when --uai is missing or wrong, or given for SIECLE files', async () => {
    const onde = writeOndePair(PUPILS, GUARDIANS);
    const siecle = writeFixturePair();
    const dataDir = makeTempDir();
    const cases: [string[], string][] = [
      [
        ['import', onde.students, onde.guardians, '--data-dir', dataDir],
        'roster: ONDE exports (.csv) do not name their school: pass its UAI with --uai (e.g. --uai 0751234A)',
      ],
      [
        ['import', onde.students, onde.guardians, '--uai', '075123A', '--data-dir', dataDir],
        'roster: --uai "075123A" is not a school id (UAI: 7 digits and a letter, e.g. 0751234A)',
      ],
      [
        ['import', siecle.students, siecle.guardians, '--uai', ONDE_UAI, '--data-dir', dataDir],
        'roster: --uai and --school-name are for ONDE exports (.csv) only: SIECLE files name their school',
      ],
      [
        ['import', onde.students, '--uai', ONDE_UAI, '--data-dir', dataDir],
        'roster: expected the two ONDE exports (students and guardians .csv files), got 1',
      ],
    ];
    for (const [argv, message] of cases) {
      const { io, err } = captureIo();
      expect(await runRosterCli(argv, io), argv.join(' ')).toBe(2);
      expect(err).toEqual([message, 'Run "npm run roster -- --help" for usage.']);
    }
    expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(false);
  });
});
