// The import session's record (issue 12 item 5): the state a preview is in, as each step moves
// it, over a real database and the real engine.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import { createImportSessions, type ImportSessions } from '../../../main/staff/import-session';
import { writeOndePair } from '../../fixtures/onde/onde-export-files';
import { GUARDIANS, ONDE_UAI, PUPILS } from '../../fixtures/onde/onde-school';
import { ControllableClock } from '../core/core-harness';

const ALICE = { sessionId: 'console-1', staffId: 'staff-a' };
const BOB = { sessionId: 'console-2', staffId: 'staff-b' };

let db: KioskDatabase;
let clock: ControllableClock;
let sessions: ImportSessions;
beforeEach(() => {
  db = openDatabase(':memory:');
  clock = new ControllableClock();
  sessions = createImportSessions({ db, clock, lifetimeSeconds: 600 });
});
afterEach(() => db.close());

const input = () => {
  const files = writeOndePair(PUPILS, GUARDIANS);
  return {
    kind: 'files' as const,
    paths: [files.students, files.guardians],
    ondeSchool: { uai: ONDE_UAI, name: null },
  };
};
const options = () => ({ clock, actor: 'test' });

describe('the import session’s states', () => {
  it('previewed, then applied, with the owner and the expiry recorded', async () => {
    const preview = await sessions.preview(ALICE, input());
    expect(sessions.current()).toEqual({
      token: preview.token,
      owner: ALICE,
      state: 'previewed',
      expiresAt: new Date(clock.now().getTime() + 600_000),
    });
    expect(sessions.apply(ALICE, preview.token, options()).ok).toBe(true);
    expect(sessions.current()?.state).toBe('applied');
    // Applied once: the same token cannot apply again.
    expect(sessions.apply(ALICE, preview.token, options())).toMatchObject({ ok: false });
  });

  it('expired when applied too late; discarded when replaced or cancelled', async () => {
    const first = await sessions.preview(ALICE, input());
    clock.advanceSeconds(600);
    expect(sessions.apply(ALICE, first.token, options())).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_PREVIEW_STALE' },
    });
    expect(sessions.current()?.state).toBe('expired');

    await sessions.preview(ALICE, input());
    const record = sessions.current();
    await sessions.preview(BOB, input());
    expect(record?.state).toBe('discarded');
    expect(sessions.current()?.owner).toEqual(BOB);

    sessions.discard(ALICE.sessionId);
    expect(sessions.current()?.state).toBe('previewed');
    sessions.discard(BOB.sessionId);
    expect(sessions.current()?.state).toBe('discarded');
    expect(db.prepare('SELECT count(*) FROM students').pluck().get()).toBe(0);
  });

  it('a refused preview leaves no session to apply', async () => {
    const files = writeOndePair(PUPILS, GUARDIANS);
    const preview = await sessions.preview(ALICE, { kind: 'files', paths: [files.students] });
    expect(preview.importable).toBe(false);
    expect(sessions.current()).toBeNull();
  });
});
