// The staging files of an import hold names and phone numbers: they must not outlive it.
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import { discardRosterImport, previewRosterImport } from '../../../main/roster/roster-import';
import { makeStagingDir } from '../../../main/roster/staging/staging-files';
import { writeFixturePair } from '../../fixtures/siecle/siecle-fixture-files';

const opened: KioskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function leftOver(name: string, ageHours: number): string {
  const dir = join(tmpdir(), name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '1-students.sqlite'), 'left by a process that stopped mid-import');
  const at = new Date(Date.now() - ageHours * 3600_000);
  utimesSync(dir, at, at);
  return dir;
}

describe('staging files', () => {
  it('are deleted when the next preview replaces the pending one, and when it is abandoned', async () => {
    const db = openDatabase(':memory:');
    opened.push(db);
    const { students, guardians } = writeFixturePair();
    const stagingDir = () => {
      const attached = db.pragma('database_list') as Array<{ name: string; file: string }>;
      const file = attached.find((schema) => schema.name.startsWith('staged_'))?.file;
      if (file === undefined) throw new Error('no staging file attached');
      return dirname(file);
    };
    await previewRosterImport(db, { kind: 'files', paths: [students, guardians] });
    const first = stagingDir();
    expect(readdirSync(first)).toHaveLength(2);
    await previewRosterImport(db, { kind: 'files', paths: [students, guardians] });
    const second = stagingDir();
    expect(existsSync(first)).toBe(false);
    discardRosterImport(db);
    expect(existsSync(second)).toBe(false);
  });

  it('left by a process stopped mid-import are deleted a day later, not before', () => {
    const stale = leftOver('kiosk-roster-staging-stale1', 25);
    const recent = leftOver('kiosk-roster-staging-recent', 2);
    const db = openDatabase(':memory:');
    opened.push(db);
    makeStagingDir(db);
    expect(existsSync(stale)).toBe(false);
    // Perhaps another kiosk process's import in progress.
    expect(existsSync(recent)).toBe(true);
  });
});
