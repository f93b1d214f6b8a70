// The console's Import section through the core's IPC handlers (issue 3): export files staged
// in a private directory, previewed, applied under the staff member or cancelled; the staged
// files never outlive the preview, the staff login or the kiosk session (S-DATA-2).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureDemoRoster } from '../../../main/demo/ensure-demo-roster';
import { isDemoMode } from '../../../main/roster/roster-source';
import { createImportUploads, sanitiseUploadName } from '../../../main/staff/import-uploads';
import { IMPORT_FILE_MAX_BYTES } from '../../../shared/import-view';
import {
  FIXTURE_UAJ,
  SAMPLES_DIR,
  writeFixturePair,
} from '../../fixtures/siecle/siecle-fixture-files';
import { GUARDIANS, ONDE_UAI, PUPILS } from '../../fixtures/onde/onde-school';
import { writeOndePair } from '../../fixtures/onde/onde-export-files';
import { createHarness, type Harness } from '../core/core-harness';
import { fingerprintDatabase } from '../roster/db-fingerprint';
import { auditRows, createFirstStaff } from './console-harness';

const CONSOLE = 'console-1';
const MAX_TEST_FILE_BYTES = 200_000;

let h: Harness;
let stagingParent: string;
let staffId: string;

const stagedFiles = (): string[] =>
  readdirSync(stagingParent, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);

const fileUpload = (path: string, name = basename(path)) => ({
  name,
  contentBase64: readFileSync(path).toString('base64'),
});

async function upload(paths: readonly string[], sessionId = CONSOLE): Promise<string[]> {
  const ids: string[] = [];
  for (const path of paths) {
    ids.push((await h.okCall('console.importUpload', fileUpload(path), sessionId)).fileId);
  }
  return ids;
}

/** Everything but the audit log, where the console notes previews and cancellations. */
const rosterFingerprint = () => fingerprintDatabase(h.db, ['audit_log']);

const countRows = (table: string): number =>
  (h.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

beforeEach(async () => {
  stagingParent = mkdtempSync(join(tmpdir(), 'import-section-'));
  h = createHarness({
    importUploads: createImportUploads({
      parentDir: stagingParent,
      maxFileBytes: MAX_TEST_FILE_BYTES,
    }),
  });
  ensureDemoRoster(h.db, h.clock);
  staffId = await createFirstStaff(h, CONSOLE);
});
afterEach(() => h.close());

describe('the console Import section', () => {
  it('S-SEC-1: every import channel needs a staff login, and nothing is staged without one', async () => {
    const pair = writeFixturePair();
    const denied = await h.call('console.importUpload', fileUpload(pair.students), 'parent');
    expect(denied).toMatchObject({ ok: false, error: { code: 'STAFF_NOT_LOGGED_IN' } });
    const ids = await upload([pair.students, pair.guardians]);
    for (const [channel, request] of [
      ['console.importPreview', { fileIds: ids }],
      ['console.importApply', { token: '6c1f0a4e-0d51-4c2a-9d8e-4f6c9a1b2c3d' }],
      ['console.importCancel', {}],
    ] as const) {
      const result = await h.call(channel, request as never, 'parent');
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'STAFF_NOT_LOGGED_IN' } });
    }
    // Another session cannot preview this session's files either.
    expect(stagedFiles()).toHaveLength(2);
  });

  it('previews the counts, then "Importer" applies them in one go under the staff member and deletes the files', async () => {
    const pair = writeFixturePair();
    const before = rosterFingerprint();
    const fileIds = await upload([pair.students, pair.guardians]);
    expect(stagedFiles().sort()).toEqual([
      'ElevesSansAdresses.xml',
      'ResponsablesAvecAdresses.xml',
    ]);

    const preview = await h.okCall('console.importPreview', { fileIds }, CONSOLE);
    expect(preview.importable).toBe(true);
    expect(preview.counts).toMatchObject({
      source: 'siecle',
      schoolUai: FIXTURE_UAJ,
      // Lucas MARTIN left (DATE_SORTIE): the preview says so, as the CLI does.
      students: 4,
      enrolled: 3,
      studentsGone: 0,
      demoRosterRemoved: true,
      changed: true,
    });
    const counts = preview.counts!;
    expect(counts.students).toBeGreaterThan(0);
    expect(counts.studentsAdded).toBe(counts.students);
    expect(counts.guardiansAdded).toBe(counts.guardians);
    // The preview wrote nothing.
    expect(rosterFingerprint()).toEqual(before);
    expect(isDemoMode(h.db)).toBe(true);

    const applied = await h.okCall('console.importApply', { token: preview.token }, CONSOLE);
    expect(applied.counts).toEqual(counts);
    expect(countRows('students')).toBe(counts.students);
    expect(countRows('guardians')).toBe(counts.guardians);
    expect(isDemoMode(h.db)).toBe(false);
    expect(stagedFiles()).toEqual([]);
    // The demo roster was imported by the kiosk itself; this one by the secretary.
    const imported = auditRows(h).filter((row) => row.action === 'roster.imported');
    expect(imported.map((row) => row.actor)).toEqual(['kiosk', `staff:${staffId}`]);
  });

  it('after the import the kiosk runs on the new roster: demo mode ends, the demo phone is refused, the demo gateway is flagged', async () => {
    const pair = writeFixturePair();
    const fileIds = await upload([pair.students, pair.guardians]);
    const preview = await h.okCall('console.importPreview', { fileIds }, CONSOLE);
    const applied = await h.okCall('console.importApply', { token: preview.token }, CONSOLE);
    expect(applied.demoGatewayWithRealRoster).toBe(true);
    expect((await h.okCall('kiosk.status', {})).demoMode).toBe(false);
    expect(await h.call('demo.inbox', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_DEMO_MODE' },
    });
    const found = await h.okCall('console.searchGuardians', { query: 'dupont' }, CONSOLE);
    expect(found.length).toBeGreaterThan(0);
  });

  it("imports an école's ONDE exports with the UAI the secretary types, and refuses them without it", async () => {
    const pair = writeOndePair(PUPILS, GUARDIANS);
    const before = rosterFingerprint();
    const withoutSchool = await h.okCall(
      'console.importPreview',
      { fileIds: await upload([pair.students, pair.guardians]) },
      CONSOLE,
    );
    expect(withoutSchool.importable).toBe(false);
    expect(withoutSchool.problems.some((problem) => problem.blocking)).toBe(true);
    expect(rosterFingerprint()).toEqual(before);
    await h.okCall('console.importCancel', {}, CONSOLE);

    const fileIds = await upload([pair.students, pair.guardians]);
    const preview = await h.okCall(
      'console.importPreview',
      { fileIds, ondeSchool: { uai: ONDE_UAI, name: 'École Jules Ferry' } },
      CONSOLE,
    );
    expect(preview.importable).toBe(true);
    expect(preview.counts).toMatchObject({ source: 'onde', schoolUai: ONDE_UAI });
    expect(rosterFingerprint()).toEqual(before);
    await h.okCall('console.importApply', { token: preview.token }, CONSOLE);
    expect(isDemoMode(h.db)).toBe(false);
    const found = await h.okCall('console.searchGuardians', { query: 'lefèvre' }, CONSOLE);
    expect(found.map((guardian) => guardian.firstName)).toContain('Amélie');
  });

  it('names the person a problem is about, and the search finds them by the id it shows', async () => {
    const pair = writeFixturePair();
    const fileIds = await upload([pair.students, pair.guardians]);
    const preview = await h.okCall('console.importPreview', { fileIds }, CONSOLE);
    // 2003 has a landline as TEL_PORTABLE; 1999 and 2999 are absent from the other file.
    expect(preview.problems.map((p) => [p.recordId, p.subject])).toEqual([
      ['PERSONNE_ID=2003', 'MARTIN Émilie'],
      ['ELEVE_ID=1999 PERSONNE_ID=2001', 'LEFÈVRE Anne-Cécile'],
      ['ELEVE_ID=1001 PERSONNE_ID=2999', 'LEFÈVRE Zoé'],
    ]);
    await h.okCall('console.importApply', { token: preview.token }, CONSOLE);
    for (const query of ['2003', 'PERSONNE_ID=2003', ' personne_id = 2003 ']) {
      const found = await h.okCall('console.searchGuardians', { query }, CONSOLE);
      expect(
        found.map((g) => `${g.familyName} ${g.firstName}`),
        query,
      ).toEqual(['MARTIN Émilie']);
    }
    expect(await h.okCall('console.searchGuardians', { query: '2999' }, CONSOLE)).toEqual([]);
  });

  it('refuses the malformed sample with its file, line and element, and nothing can be applied', async () => {
    const pair = writeFixturePair();
    const before = rosterFingerprint();
    const fileIds = await upload([
      join(SAMPLES_DIR, 'eleves_avec_adresse_simple.xml'),
      pair.guardians,
    ]);
    const preview = await h.okCall('console.importPreview', { fileIds }, CONSOLE);
    expect(preview.importable).toBe(false);
    expect(preview.counts).toBeNull();
    expect(preview.problems[0]).toMatchObject({
      blocking: true,
      file: 'eleves_avec_adresse_simple.xml',
      line: 139,
      element: 'STRICTURES_ELEVE',
      recordId: 'ELEVE_ID=1559191',
    });
    const apply = await h.call('console.importApply', { token: preview.token }, CONSOLE);
    expect(apply).toMatchObject({ ok: false, error: { code: 'IMPORT_PREVIEW_STALE' } });
    expect(rosterFingerprint()).toEqual(before);
    const refused = auditRows(h).find((row) => row.action === 'console.import-previewed');
    expect(JSON.parse(refused!.details!)).toMatchObject({ importable: false, blockingProblems: 1 });
  });

  it('"Annuler" forgets the preview and deletes the staged files', async () => {
    const pair = writeFixturePair();
    const before = rosterFingerprint();
    const fileIds = await upload([pair.students, pair.guardians]);
    const preview = await h.okCall('console.importPreview', { fileIds }, CONSOLE);
    await h.okCall('console.importCancel', {}, CONSOLE);
    expect(stagedFiles()).toEqual([]);
    const apply = await h.call('console.importApply', { token: preview.token }, CONSOLE);
    expect(apply).toMatchObject({ ok: false, error: { code: 'IMPORT_PREVIEW_STALE' } });
    expect(await h.call('console.importPreview', { fileIds }, CONSOLE)).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_FILES_GONE' },
    });
    expect(rosterFingerprint()).toEqual(before);
  });

  it('S-KIOSK-1: the idle reset deletes the staged files and the pending preview; so does "Se déconnecter"', async () => {
    const pair = writeFixturePair();
    const before = rosterFingerprint();
    let fileIds = await upload([pair.students, pair.guardians]);
    const preview = await h.okCall('console.importPreview', { fileIds }, CONSOLE);
    await h.okCall('session.reset', {}, CONSOLE);
    expect(stagedFiles()).toEqual([]);
    await createFirstStaffAgain();
    const apply = await h.call('console.importApply', { token: preview.token }, CONSOLE);
    expect(apply).toMatchObject({ ok: false, error: { code: 'IMPORT_PREVIEW_STALE' } });
    expect(rosterFingerprint()).toEqual(before);

    fileIds = await upload([pair.students]);
    expect(fileIds).toHaveLength(1);
    await h.okCall('console.logout', {}, CONSOLE);
    expect(stagedFiles()).toEqual([]);
  });

  it('refuses a file over the size cap, an empty file and a fifth file, staging nothing for them', async () => {
    const tooLarge = await h.call(
      'console.importUpload',
      { name: 'big.xml', contentBase64: Buffer.alloc(MAX_TEST_FILE_BYTES + 1).toString('base64') },
      CONSOLE,
    );
    expect(tooLarge).toMatchObject({ ok: false, error: { code: 'IMPORT_FILE_TOO_LARGE' } });
    const empty = await h.call(
      'console.importUpload',
      { name: 'e.xml', contentBase64: '' },
      CONSOLE,
    );
    expect(empty).toMatchObject({ ok: false, error: { code: 'IMPORT_FILE_INVALID' } });
    const notBase64 = await h.call(
      'console.importUpload',
      { name: 'e.xml', contentBase64: '<?xml?>' },
      CONSOLE,
    );
    expect(notBase64).toMatchObject({ ok: false, error: { code: 'IMPORT_FILE_INVALID' } });
    expect(stagedFiles()).toEqual([]);
    const pair = writeFixturePair();
    await upload([pair.students, pair.guardians, pair.students, pair.guardians]);
    const fifth = await h.call('console.importUpload', fileUpload(pair.students), CONSOLE);
    expect(fifth).toMatchObject({ ok: false, error: { code: 'IMPORT_FILE_INVALID' } });
    expect(stagedFiles()).toHaveLength(4);
  });

  it('the contract itself refuses an upload far over the 64 MB cap before a handler runs', async () => {
    const contentBase64 = 'A'.repeat(Math.ceil((IMPORT_FILE_MAX_BYTES + 16) / 3) * 4);
    const result = await h.core.call(
      'console.importUpload',
      { sessionId: CONSOLE },
      { name: 'big.zip', contentBase64 },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(stagedFiles()).toEqual([]);
  });

  it('keeps the file name the secretary knows, stripped of any path or unsafe character', async () => {
    const pair = writeFixturePair();
    const staged = await h.okCall(
      'console.importUpload',
      fileUpload(pair.students, '../../etc/Élèves:2024?.xml'),
      CONSOLE,
    );
    expect(staged.name).toBe('Élèves_2024_.xml');
    expect(stagedFiles()).toEqual(['Élèves_2024_.xml']);
    expect(sanitiseUploadName('..\\..\\.hidden')).toBe('hidden');
    expect(sanitiseUploadName('...')).toBe('fichier');
    expect(sanitiseUploadName(`${'a'.repeat(300)}.zip`)).toMatch(/^a{96}\.zip$/);
  });
});

/** The reset ended the staff login: log in again on the same session. */
async function createFirstStaffAgain(): Promise<void> {
  await h.okCall(
    'console.login',
    { username: 'secretariat', password: 'Clair de lune sur la cour 7' },
    CONSOLE,
  );
}
