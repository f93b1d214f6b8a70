// Issue 12 item 5: the console's roster import is a session of its own in the main process,
// owned by the staff login that previewed, with a state and an expiry. Driven through the real
// core as both hosts do.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureDemoRoster } from '../../../main/demo/ensure-demo-roster';
import { isDemoMode } from '../../../main/roster/roster-source';
import { IMPORT_PREVIEW_LIFETIME_SECONDS } from '../../../main/staff/import-session';
import { createImportUploads } from '../../../main/staff/import-uploads';
import { writeFixturePair } from '../../fixtures/siecle/siecle-fixture-files';
import { createHarness, type Harness } from '../core/core-harness';
import { fingerprintDatabase } from '../roster/db-fingerprint';
import { createFirstStaff, STAFF_PASSWORD, STAFF_USERNAME } from './console-harness';

const CONSOLE = 'console-1';
const OTHER_CONSOLE = 'console-2';

let h: Harness;

const rosterFingerprint = () => fingerprintDatabase(h.db, ['audit_log']);

async function preview(sessionId = CONSOLE) {
  const pair = writeFixturePair();
  const fileIds: string[] = [];
  for (const path of [pair.students, pair.guardians]) {
    const upload = { name: basename(path), contentBase64: readFileSync(path).toString('base64') };
    fileIds.push((await h.okCall('console.importUpload', upload, sessionId)).fileId);
  }
  const view = await h.okCall('console.importPreview', { fileIds }, sessionId);
  expect(view.importable).toBe(true);
  return view;
}

beforeEach(async () => {
  h = createHarness({
    importUploads: createImportUploads({ parentDir: mkdtempSync(join(tmpdir(), 'import-sess-')) }),
  });
  ensureDemoRoster(h.db, h.clock);
  await createFirstStaff(h, CONSOLE);
});
afterEach(() => h.close());

describe('the console import session', () => {
  it('an expired preview cannot be applied, and nothing is written', async () => {
    const { token } = await preview();
    const before = rosterFingerprint();
    // The secretary stays logged in (working in other sections) past the preview's lifetime.
    for (let waited = 0; waited <= IMPORT_PREVIEW_LIFETIME_SECONDS; waited += 60) {
      h.clock.advanceSeconds(60);
      await h.okCall('console.dashboard', {}, CONSOLE);
    }
    const apply = await h.call('console.importApply', { token }, CONSOLE);
    expect(apply).toMatchObject({ ok: false, error: { code: 'IMPORT_PREVIEW_STALE' } });
    expect(rosterFingerprint()).toEqual(before);
    expect(isDemoMode(h.db)).toBe(true);
  });

  it('a preview still within its lifetime is applied', async () => {
    const { token } = await preview();
    h.clock.advanceSeconds(60);
    await h.okCall('console.importApply', { token }, CONSOLE);
    expect(isDemoMode(h.db)).toBe(false);
  });

  it('another staff session cannot apply someone else’s preview; its owner still can', async () => {
    const { token } = await preview(CONSOLE);
    await h.okCall(
      'console.login',
      { username: STAFF_USERNAME, password: STAFF_PASSWORD },
      OTHER_CONSOLE,
    );
    const before = rosterFingerprint();
    const stolen = await h.call('console.importApply', { token }, OTHER_CONSOLE);
    expect(stolen).toMatchObject({ ok: false, error: { code: 'IMPORT_PREVIEW_STALE' } });
    expect(rosterFingerprint()).toEqual(before);

    await h.okCall('console.importApply', { token }, CONSOLE);
    expect(isDemoMode(h.db)).toBe(false);
  });

  it('a second preview replaces the first: only the second can be applied', async () => {
    const first = await preview(CONSOLE);
    await h.okCall(
      'console.login',
      { username: STAFF_USERNAME, password: STAFF_PASSWORD },
      OTHER_CONSOLE,
    );
    const second = await preview(OTHER_CONSOLE);
    const before = rosterFingerprint();
    const replaced = await h.call('console.importApply', { token: first.token }, CONSOLE);
    expect(replaced).toMatchObject({ ok: false, error: { code: 'IMPORT_PREVIEW_STALE' } });
    expect(rosterFingerprint()).toEqual(before);

    await h.okCall('console.importApply', { token: second.token }, OTHER_CONSOLE);
    expect(isDemoMode(h.db)).toBe(false);
  });
});
