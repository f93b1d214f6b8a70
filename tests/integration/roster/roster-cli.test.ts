import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ROSTER_CLI_HELP, runRosterCli, type RosterCliIo } from '../../../main/cli/run-roster-cli';
import { DATABASE_FILE_NAME } from '../../../main/database/database-location';
import { MIGRATIONS } from '../../../main/database/migration-registry';
import { openDatabase } from '../../../main/database/open-database';
import { ensureDemoRoster } from '../../../main/demo/ensure-demo-roster';
import { isDemoMode } from '../../../main/roster/roster-source';
import {
  guardiansXml,
  studentsXml,
  makeTempDir,
  SAMPLES_DIR,
  writeFixturePair,
  writeUtf8,
} from '../../fixtures/siecle/siecle-fixture-files';
import { writeZip } from '../../fixtures/zip-archive';
import { fingerprintDatabase } from './db-fingerprint';

const GO_LIVE_STEPS = [
  'Before parents can activate (first real roster on this kiosk; skip what is already done):',
  '  1. The password pepper: the kiosk creates it in the OS keychain at its first start. Keep a copy (`npm run --silent config -- pepper show`) and give every kiosk of the school the same one (`npm run config -- pepper set`): changing it invalidates every password (docs/operators/secrets.md).',
  '  2. Configure a real SMS gateway: KIOSK_SMS_PROVIDER and its settings, and its secret with `npm run config -- sms set NAME` (docs/operators/sms-gateways.md). The demo phone is refused with a real roster.',
  '  3. Restart the kiosk; its console then says whether parents can receive codes.',
];

/**
 * S-SEC-1: while the console has no account, an import ends with the code that claims it. Checks
 * that last line and returns the lines before it.
 */
function withoutSetupCode(out: readonly string[]): string[] {
  expect(out.at(-1)).toMatch(
    /^Console setup code \(asked once, to create the first secretariat account\): [A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/u,
  );
  return out.slice(0, -1);
}

/** Opens the kiosk's database in `dataDir` with the demo roster loaded, as a first start does. */
function startDemoKiosk(dataDir: string): void {
  const db = openDatabase(join(dataDir, DATABASE_FILE_NAME));
  ensureDemoRoster(db, { now: () => new Date('2024-09-01T08:00:00Z') });
  db.close();
}

function captureIo(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: RosterCliIo = {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    env,
    clock: { now: () => new Date('2024-09-02T08:00:00Z') },
  };
  return { io, out, err };
}

describe('roster CLI', () => {
  it('imports the pair into <data-dir>/kiosk.db, creating the directory, and exits 0', async () => {
    const files = writeFixturePair();
    const dataDir = join(makeTempDir(), 'new', 'data');
    const { io, out, err } = captureIo();
    const code = await runRosterCli(
      ['import', files.guardians, files.students, '--data-dir', dataDir],
      io,
    );
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe('Imported the SIECLE roster of school 0999999Z (school year 2024–2025).');
    expect(out).toContain('Students: 4 (3 enrolled): 4 added, 0 updated, 0 unchanged');
    expect(out).toContain('Guardians: 4 (3 with a mobile number): 4 added, 0 updated, 0 unchanged');
    expect(out).toContain('Links: 7 (5 to a legal guardian): 7 added, 0 updated, 0 removed');
    const lines = withoutSetupCode(out);
    expect(lines.slice(lines.indexOf('Warnings (3):'), -GO_LIVE_STEPS.length)).toEqual([
      'Warnings (3):',
      '  ResponsablesAvecAdresses.xml:25 <PERSONNE> PERSONNE_ID=2003 (MARTIN Émilie): warning: TEL_PORTABLE is not a mobile number: this legal guardian cannot activate by SMS',
      '  ResponsablesAvecAdresses.xml:81 <RESPONSABLE_ELEVE> ELEVE_ID=1999 PERSONNE_ID=2001 (LEFÈVRE Anne-Cécile): warning: link to a student who is not in the students file; skipped',
      '  ResponsablesAvecAdresses.xml:87 <RESPONSABLE_ELEVE> ELEVE_ID=1001 PERSONNE_ID=2999 (LEFÈVRE Zoé): warning: link to a person who is not in the guardians file; skipped',
    ]);
    expect(lines.slice(-GO_LIVE_STEPS.length)).toEqual(GO_LIVE_STEPS);
    const db = openDatabase(join(dataDir, DATABASE_FILE_NAME));
    expect(db.prepare('SELECT COUNT(*) AS n FROM students').get()).toEqual({ n: 4 });
    db.close();

    const again = captureIo();
    expect(
      await runRosterCli(
        ['import', files.students, files.guardians, '--data-dir', dataDir],
        again.io,
      ),
    ).toBe(0);
    expect(again.out).toContain('Nothing changed: the database already held this roster.');
  });

  it('takes the data directory from KIOSK_DATA_DIR', async () => {
    const files = writeFixturePair();
    const dataDir = makeTempDir();
    const { io } = captureIo({ KIOSK_DATA_DIR: dataDir });
    expect(await runRosterCli(['import', files.students, files.guardians], io)).toBe(0);
    expect(existsSync(join(dataDir, 'kiosk.db'))).toBe(true);
  });

  it('exits 1 on the malformed sample, names file, line and element, and changes nothing', async () => {
    const files = writeFixturePair();
    const dataDir = makeTempDir();
    await runRosterCli(
      ['import', files.students, files.guardians, '--data-dir', dataDir],
      captureIo().io,
    );
    const db = openDatabase(join(dataDir, DATABASE_FILE_NAME));
    const before = fingerprintDatabase(db);
    const malformed = join(SAMPLES_DIR, 'eleves_avec_adresse_simple.xml');
    const { io, out, err } = captureIo();
    const code = await runRosterCli(
      ['import', malformed, files.guardians, '--data-dir', dataDir],
      io,
    );
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err[0]).toBe('Import rejected: nothing was changed.');
    expect(err).toContainEqual(
      expect.stringMatching(
        /^ {2}eleves_avec_adresse_simple\.xml:139 <STRICTURES_ELEVE> ELEVE_ID=1559191: fatal: not well-formed XML/,
      ),
    );
    expect(fingerprintDatabase(db)).toEqual(before);
    db.close();
  });

  it('exits 1 and changes nothing when a file re-saved as UTF-8 still declares ISO-8859-15', async () => {
    const files = writeFixturePair();
    const dataDir = makeTempDir();
    await runRosterCli(
      ['import', files.students, files.guardians, '--data-dir', dataDir],
      captureIo().io,
    );
    const db = openDatabase(join(dataDir, DATABASE_FILE_NAME));
    const before = fingerprintDatabase(db);
    // The same guardians, names changed, saved by an editor as UTF-8.
    const resaved = writeUtf8(
      files.dir,
      'ResponsablesAvecAdresses.xml',
      guardiansXml({ dupontMobile: '07 99 88 77 66' }),
    );
    const { io, out, err } = captureIo();
    expect(await runRosterCli(['import', files.students, resaved, '--data-dir', dataDir], io)).toBe(
      1,
    );
    expect(out).toEqual([]);
    expect(err).toEqual([
      'Import rejected: nothing was changed.',
      'Problems (1):',
      '  ResponsablesAvecAdresses.xml:12 <NOM_DE_FAMILLE> PERSONNE_ID=2001: fatal: text looks UTF-8 encoded ' +
        '("Ã\\u0088" for "È") although the XML declaration says ISO-8859-15: re-export the file or fix its XML declaration',
    ]);
    expect(fingerprintDatabase(db)).toEqual(before);
    db.close();
  });

  it('refuses a malformed pair on a fresh kiosk without creating its data directory or database', async () => {
    const files = writeFixturePair({
      guardians: guardiansXml().replace('</PERSONNES>', '</PERSONNE>'),
    });
    const parent = join(makeTempDir(), 'new');
    const dataDir = join(parent, 'data');
    const { io, err } = captureIo();
    expect(
      await runRosterCli(['import', files.students, files.guardians, '--data-dir', dataDir], io),
    ).toBe(1);
    expect(err[0]).toBe('Import rejected: nothing was changed.');
    expect(existsSync(parent)).toBe(false);
    expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(false);
  });

  it('exits 1, not a crash, on a school id that is not a UAI', async () => {
    const files = writeFixturePair({
      students: studentsXml({ uaj: '0140' }),
      guardians: guardiansXml({ uaj: '0140' }),
    });
    const { io, err } = captureIo();
    expect(
      await runRosterCli(
        ['import', files.students, files.guardians, '--data-dir', makeTempDir()],
        io,
      ),
    ).toBe(1);
    expect(err).toContain(
      '  ElevesSansAdresses.xml:4 <UAJ>: fatal: the school id (PARAMETRES/UAJ) "0140" is not a UAI (7 digits and a letter, e.g. 0140070A)',
    );
  });

  it('exits 1 when the files come from two schools', async () => {
    const files = writeFixturePair({ guardians: guardiansXml({ uaj: '0140070A' }) });
    const { io, err } = captureIo();
    expect(
      await runRosterCli(
        ['import', files.students, files.guardians, '--data-dir', makeTempDir()],
        io,
      ),
    ).toBe(1);
    expect(err.join('\n')).toContain('the files come from two schools');
  });

  it('exits 2 with a hint on a wrong command line', async () => {
    const files = writeFixturePair();
    const cases: string[][] = [
      [],
      ['export', files.students],
      ['import', '--data-dir', makeTempDir()],
      ['import', files.students, files.guardians, files.students, '--data-dir', makeTempDir()],
      ['import', files.students, files.guardians], // no data dir, no KIOSK_DATA_DIR
      ['import', files.students, join(files.dir, 'missing.xml'), '--data-dir', makeTempDir()],
      ['import', files.students, files.guardians, '--bogus'],
    ];
    for (const argv of cases) {
      const { io, err } = captureIo();
      expect(await runRosterCli(argv, io), argv.join(' ')).toBe(2);
      expect(err.at(-1)).toBe('Run "npm run roster -- --help" for usage.');
    }
  });

  it('exits 1 on one XML file alone (only a zip may hold both)', async () => {
    const files = writeFixturePair();
    const { io, err } = captureIo();
    expect(await runRosterCli(['import', files.students, '--data-dir', makeTempDir()], io)).toBe(1);
    expect(err).toContain(
      '  fatal: no guardians file (root <BEE_RESPONSABLES>, e.g. ResponsablesAvecAdresses.xml) was given',
    );
  });

  it('prints help, listing every exit status, and exits 0', async () => {
    const { io, out } = captureIo();
    expect(await runRosterCli(['--help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/^Usage: npm run roster -- import/);
    const statuses = [...ROSTER_CLI_HELP.matchAll(/^ {2}(\d) {2}/gm)].map((m) => Number(m[1]));
    expect(statuses).toEqual([0, 1, 2, 3, 4]);
  });

  it('on --dry-run reports the counts and leaves the database empty', async () => {
    const files = writeFixturePair();
    const dataDir = makeTempDir();
    const { io, out } = captureIo();
    expect(
      await runRosterCli(
        ['import', files.students, files.guardians, '--data-dir', dataDir, '--dry-run'],
        io,
      ),
    ).toBe(0);
    expect(out[0]).toMatch(/^Dry run: .* nothing was written\.$/);
    // Not even an empty database is created for a kiosk that has none yet.
    expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(false);
  });

  it('on --dry-run against a demo kiosk says what would happen, and leaves it in demo mode', async () => {
    const files = writeFixturePair();
    const dataDir = makeTempDir();
    startDemoKiosk(dataDir);
    const { io, out } = captureIo();
    expect(
      await runRosterCli(
        ['import', files.students, files.guardians, '--data-dir', dataDir, '--dry-run'],
        io,
      ),
    ).toBe(0);
    expect(out).toContain(
      'Dry run: the demo roster would be removed and the kiosk would leave demo mode.',
    );
    expect(out.join('\n')).not.toMatch(
      /was removed|has left demo mode|Before parents can activate/,
    );
    const db = openDatabase(join(dataDir, DATABASE_FILE_NAME));
    expect(isDemoMode(db)).toBe(true);
    db.close();
  });

  it('on --dry-run of the roster already imported says nothing would change', async () => {
    const files = writeFixturePair();
    const dataDir = makeTempDir();
    const argv = ['import', files.students, files.guardians, '--data-dir', dataDir];
    await runRosterCli(argv, captureIo().io);
    const { io, out } = captureIo();
    expect(await runRosterCli([...argv, '--dry-run'], io)).toBe(0);
    expect(out).toContain('Nothing would change: the database already holds this roster.');
  });

  it('on --dry-run against an existing kiosk leaves its database as it was', async () => {
    const files = writeFixturePair();
    const dataDir = makeTempDir();
    openDatabase(join(dataDir, DATABASE_FILE_NAME)).close();
    const { io } = captureIo();
    expect(
      await runRosterCli(
        ['import', files.students, files.guardians, '--data-dir', dataDir, '--dry-run'],
        io,
      ),
    ).toBe(0);
    const db = openDatabase(join(dataDir, DATABASE_FILE_NAME));
    expect(db.prepare('SELECT COUNT(*) AS n FROM students').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('roster CLI going-live steps', () => {
  it('ends the first real import on a demo kiosk with the steps to go live', async () => {
    const files = writeFixturePair();
    const dataDir = makeTempDir();
    startDemoKiosk(dataDir);
    const { io, out } = captureIo();
    expect(
      await runRosterCli(['import', files.students, files.guardians, '--data-dir', dataDir], io),
    ).toBe(0);
    expect(out).toContain('The demo roster was removed: the kiosk has left demo mode.');
    expect(withoutSetupCode(out).slice(-GO_LIVE_STEPS.length)).toEqual(GO_LIVE_STEPS);
  });

  it('ends the first import into a new data directory with them too, but not the next imports', async () => {
    const first = writeFixturePair();
    const dataDir = makeTempDir();
    const run = captureIo();
    await runRosterCli(['import', first.students, first.guardians, '--data-dir', dataDir], run.io);
    expect(withoutSetupCode(run.out).slice(-GO_LIVE_STEPS.length)).toEqual(GO_LIVE_STEPS);

    const newer = writeFixturePair({ guardians: guardiansXml({ dupontMobile: '07 99 88 77 66' }) });
    const next = captureIo();
    expect(
      await runRosterCli(
        ['import', newer.students, newer.guardians, '--data-dir', dataDir],
        next.io,
      ),
    ).toBe(0);
    expect(next.out).toContain(
      'Guardians: 4 (3 with a mobile number): 0 added, 1 updated, 3 unchanged',
    );
    expect(next.out.join('\n')).not.toContain('Before parents can activate');
  });

  it('leaves them out of a dry run', async () => {
    const files = writeFixturePair();
    const { io, out } = captureIo();
    await runRosterCli(
      ['import', files.students, files.guardians, '--data-dir', makeTempDir(), '--dry-run'],
      io,
    );
    expect(out.join('\n')).not.toContain('Before parents can activate');
  });
});

describe('roster CLI when the data directory or database cannot be used', () => {
  async function runOn(dataDir: string, extra: string[] = []) {
    const files = writeFixturePair();
    const run = captureIo();
    const code = await runRosterCli(
      ['import', files.students, files.guardians, '--data-dir', dataDir, ...extra],
      run.io,
    );
    return { code, ...run };
  }

  it('exits 3 with one line, no stack trace, on a database made by a newer kiosk, and leaves it alone', async () => {
    const dataDir = makeTempDir();
    const file = join(dataDir, DATABASE_FILE_NAME);
    openDatabase(file).close();
    const newer = new Database(file);
    newer.pragma(`user_version = ${MIGRATIONS.length + 7}`);
    newer.close();
    for (const extra of [[], ['--dry-run']]) {
      const { code, out, err } = await runOn(dataDir, extra);
      expect(code, extra.join(' ')).toBe(3);
      expect(out).toEqual([]);
      expect(err).toEqual([
        `roster: the database ${file} is at schema version ${MIGRATIONS.length + 7}, newer than this version of the kiosk knows (${MIGRATIONS.length}): ` +
          'import with the kiosk version that upgraded it, or restore a backup; the roster was not changed',
      ]);
    }
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 7);
    expect(after.prepare('SELECT COUNT(*) AS n FROM students').get()).toEqual({ n: 0 });
    after.close();
  });

  it('exits 3 with one line when the data directory cannot be created', async () => {
    const blocker = join(makeTempDir(), 'a-file');
    writeFileSync(blocker, 'not a directory');
    const { code, out, err } = await runOn(join(blocker, 'data'));
    expect(code).toBe(3);
    expect(out).toEqual([]);
    expect(err).toEqual([
      `roster: cannot create the data directory ${join(blocker, 'data')} (part of the path is a file, not a directory): ` +
        'choose another --data-dir or fix the path; the roster was not changed',
    ]);
  });

  it('exits 3 with one line when the data directory is a file, or kiosk.db is not a database', async () => {
    const blocker = join(makeTempDir(), 'a-file');
    writeFileSync(blocker, 'not a directory');
    const asFile = await runOn(blocker);
    expect(asFile.code).toBe(3);
    expect(asFile.err).toEqual([
      `roster: cannot create the data directory ${blocker} (a file of that name is in the way): ` +
        'choose another --data-dir or fix the path; the roster was not changed',
    ]);

    const dataDir = makeTempDir();
    writeFileSync(join(dataDir, DATABASE_FILE_NAME), 'x'.repeat(4096));
    const garbage = await runOn(dataDir);
    expect(garbage.code).toBe(3);
    expect(garbage.err).toEqual([
      `roster: cannot open the database ${join(dataDir, DATABASE_FILE_NAME)} (file is not a database): ` +
        "check that --data-dir is the kiosk's data directory and that this user may write it; the roster was not changed",
    ]);
  });

  it('exits 4 on an internal error, says so in its first line, and writes nothing', async () => {
    const files = writeFixturePair();
    const dataDir = makeTempDir();
    const { io, out, err } = captureIo();
    io.clock = {
      now: () => {
        throw new Error('clock broken');
      },
    };
    expect(
      await runRosterCli(['import', files.students, files.guardians, '--data-dir', dataDir], io),
    ).toBe(4);
    expect(out).toEqual([]);
    expect(err[0]).toBe(
      'roster: internal error (please report it with what follows): clock broken',
    );
    const db = openDatabase(join(dataDir, DATABASE_FILE_NAME));
    expect(db.prepare('SELECT COUNT(*) AS n FROM students').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('roster CLI with the export tool’s zips and a newer export', () => {
  it('imports one zip holding both files, then reports who is gone in a newer export', async () => {
    const pair = writeFixturePair();
    const zip = writeZip(join(pair.dir, 'export.zip'), [
      { name: 'ElevesSansAdresses.xml', data: readFileSync(pair.students) },
      { name: 'ResponsablesAvecAdresses.xml', data: readFileSync(pair.guardians) },
    ]);
    const dataDir = makeTempDir();
    const first = captureIo();
    expect(await runRosterCli(['import', zip, '--data-dir', dataDir], first.io)).toBe(0);
    expect(first.out).toContain('Students: 4 (3 enrolled): 4 added, 0 updated, 0 unchanged');

    const newer = writeFixturePair({
      students: studentsXml().replace(/<ELEVE ELEVE_ID="1004">[\s\S]*?<\/ELEVE>/, ''),
    });
    const dry = captureIo();
    const argv = ['import', newer.students, newer.guardians, '--data-dir', dataDir];
    expect(await runRosterCli([...argv, '--dry-run'], dry.io)).toBe(0);
    expect(dry.out).toContain(
      'Would be marked gone (not in this export; deleted after the grace period unless they come back): 1 student, 0 guardians',
    );
    const applied = captureIo({ KIOSK_ROSTER_PURGE_GRACE_DAYS: '45' });
    expect(await runRosterCli(argv, applied.io)).toBe(0);
    expect(applied.out).toContain(
      'Marked gone (not in this export; deleted after 45 days unless they come back): 1 student, 0 guardians',
    );
  });

  it('exits 2 on an invalid grace period, before reading anything', async () => {
    const pair = writeFixturePair();
    const { io, err } = captureIo({ KIOSK_ROSTER_PURGE_GRACE_DAYS: '0' });
    expect(
      await runRosterCli(
        ['import', pair.students, pair.guardians, '--data-dir', makeTempDir()],
        io,
      ),
    ).toBe(2);
    expect(err[0]).toMatch(
      /^roster: Invalid kiosk settings: rosterPurgeGraceDays \(KIOSK_ROSTER_PURGE_GRACE_DAYS\)/,
    );
  });
});
