import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../core/core-harness';
import {
  auditRows,
  createFirstStaff,
  STAFF_NAME,
  STAFF_PASSWORD,
  STAFF_USERNAME,
  printSetupCode,
} from './console-harness';

let h: Harness;
afterEach(() => h.close());

describe('staff accounts and logins (S-SEC-1)', () => {
  it('asks for the first staff account, then refuses a second "first" one', async () => {
    h = createHarness();
    expect(await h.okCall('console.status', {}, 'c')).toEqual({ setUp: false, staff: null });
    const staffId = await createFirstStaff(h, 'c');
    expect(await h.okCall('console.status', {}, 'c')).toEqual({
      setUp: true,
      staff: { staffId, displayName: STAFF_NAME, mustChangePassword: false },
    });
    const again = await h.call(
      'console.createFirstStaff',
      {
        username: 'intrus',
        displayName: 'Intrus',
        password: STAFF_PASSWORD,
        confirmation: STAFF_PASSWORD,
        setupCode: 'K7MP-X3RT-H9WD',
      },
      'other',
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'STAFF_ALREADY_SET_UP' } });
    expect(h.db.prepare('SELECT count(*) AS n FROM staff_accounts').get()).toEqual({ n: 1 });
  });

  it('S-PWD-3: stores a peppered scrypt hash, never the password', async () => {
    h = createHarness();
    await createFirstStaff(h);
    const row = h.db.prepare('SELECT password_hash FROM staff_accounts').get() as {
      password_hash: string;
    };
    expect(row.password_hash).toMatch(/^scrypt\$1024\$8\$1\$/u);
    const everything = JSON.stringify(h.db.prepare('SELECT * FROM audit_log').all()) as string;
    expect(everything).not.toContain(STAFF_PASSWORD);
    expect(row.password_hash).not.toContain(STAFF_PASSWORD);
  });

  it('S-PWD-1/2: refuses a short password, one with the staff name, bad usernames, and creates nothing', async () => {
    h = createHarness();
    const attempt = (
      username: string,
      displayName: string,
      password: string,
      confirmation = password,
    ) =>
      h.call('console.createFirstStaff', {
        username,
        displayName,
        password,
        confirmation,
        setupCode,
      });
    const setupCode = printSetupCode(h);
    expect(await attempt(STAFF_USERNAME, STAFF_NAME, 'court')).toMatchObject({
      error: { code: 'PASSWORD_TOO_SHORT' },
    });
    expect(await attempt(STAFF_USERNAME, STAFF_NAME, 'Martine a la cantine 12')).toMatchObject({
      error: { code: 'PASSWORD_BLOCKLISTED', details: { reason: 'personal' } },
    });
    expect(
      await attempt(STAFF_USERNAME, STAFF_NAME, STAFF_PASSWORD, 'autre chose encore'),
    ).toMatchObject({
      error: { code: 'PASSWORD_MISMATCH' },
    });
    expect(await attempt('a b', STAFF_NAME, STAFF_PASSWORD)).toMatchObject({
      error: { code: 'STAFF_USERNAME_INVALID' },
    });
    expect(await attempt(STAFF_USERNAME, '   ', STAFF_PASSWORD)).toMatchObject({
      error: { code: 'STAFF_NAME_INVALID' },
    });
    expect(h.db.prepare('SELECT count(*) AS n FROM staff_accounts').get()).toEqual({ n: 0 });
    expect(auditRows(h)).toEqual([]);
  });

  it('logs in with the right password only, the same message for an unknown username', async () => {
    h = createHarness();
    await createFirstStaff(h, 'setup');
    const wrong = await h.call(
      'console.login',
      { username: STAFF_USERNAME, password: 'pas le bon mot' },
      'c',
    );
    const unknown = await h.call(
      'console.login',
      { username: 'personne', password: STAFF_PASSWORD },
      'c',
    );
    expect(wrong).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED' } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED' } });
    expect(await h.call('console.dashboard', {}, 'c')).toMatchObject({
      error: { code: 'STAFF_NOT_LOGGED_IN' },
    });
    const staff = await h.okCall(
      'console.login',
      { username: ' Secretariat ', password: STAFF_PASSWORD },
      'c',
    );
    expect(staff.displayName).toBe(STAFF_NAME);
    await h.okCall('console.dashboard', {}, 'c');
    // Another kiosk session is not logged in.
    expect(await h.call('console.dashboard', {}, 'other')).toMatchObject({
      error: { code: 'STAFF_NOT_LOGGED_IN' },
    });
  });

  it('S-RATE-1: throttles repeated wrong staff passwords', async () => {
    h = createHarness({ settings: { loginFailuresBeforeDelay: 3, loginDelaySeconds: 60 } });
    await createFirstStaff(h, 'setup');
    for (let i = 0; i < 3; i++) {
      await h.call(
        'console.login',
        { username: STAFF_USERNAME, password: 'toujours pas le bon' },
        'c',
      );
    }
    const blocked = await h.call(
      'console.login',
      { username: STAFF_USERNAME, password: STAFF_PASSWORD },
      'c',
    );
    expect(blocked).toMatchObject({ ok: false, error: { code: 'LOGIN_THROTTLED' } });
    h.clock.advanceSeconds(61);
    expect(
      (await h.call('console.login', { username: STAFF_USERNAME, password: STAFF_PASSWORD }, 'c'))
        .ok,
    ).toBe(true);
  });

  it('S-KIOSK-1/4: "Se déconnecter", the idle reset and the main-side idle expiry end a staff login, audited', async () => {
    h = createHarness();
    const staffId = await createFirstStaff(h, 'c');
    await h.okCall('console.logout', {}, 'c');
    expect(await h.call('console.dashboard', {}, 'c')).toMatchObject({
      error: { code: 'STAFF_NOT_LOGGED_IN' },
    });

    await h.okCall('console.login', { username: STAFF_USERNAME, password: STAFF_PASSWORD }, 'c');
    await h.okCall('session.reset', {}, 'c');
    expect(await h.call('console.dashboard', {}, 'c')).toMatchObject({
      error: { code: 'STAFF_NOT_LOGGED_IN' },
    });

    await h.okCall('console.login', { username: STAFF_USERNAME, password: STAFF_PASSWORD }, 'c');
    h.clock.advanceSeconds(h.settings.idleSeconds + h.settings.idleWarningSeconds + 31);
    expect(await h.call('console.dashboard', {}, 'c')).toMatchObject({
      error: { code: 'STAFF_NOT_LOGGED_IN' },
    });

    const actor = `staff:${staffId}`;
    expect(
      auditRows(h)
        .filter((row) => row.actor === actor)
        .map((row) => [row.action, row.details]),
    ).toEqual([
      ['staff.created', JSON.stringify({ staffId, username: STAFF_USERNAME, first: true })],
      ['staff.login', null],
      ['staff.logout', JSON.stringify({ reason: 'logout' })],
      ['staff.login', null],
      ['staff.logout', JSON.stringify({ reason: 'session-reset' })],
      ['staff.login', null],
      ['staff.logout', JSON.stringify({ reason: 'idle-expired' })],
    ]);
  });

  it('S-SEC-1: every console section channel refuses a session without a staff login', async () => {
    h = createHarness();
    await createFirstStaff(h, 'staff-session');
    const uuid = '00000000-0000-4000-8000-000000000000';
    const calls = [
      h.call('console.searchGuardians', { query: 'dupont' }, 'parent'),
      h.call('console.guardianDetail', { guardianId: 1 }, 'parent'),
      h.call('console.unlockGuardian', { guardianId: 1 }, 'parent'),
      h.call('console.wrongLinkReports', { includeHandled: true }, 'parent'),
      h.call('console.handleWrongLinkReport', { reportId: uuid, comment: 'vu' }, 'parent'),
      h.call('console.auditLog', {}, 'parent'),
      h.call('console.auditExport', {}, 'parent'),
      h.call('console.dashboard', {}, 'parent'),
    ];
    for (const result of await Promise.all(calls)) {
      expect(result).toMatchObject({ ok: false, error: { code: 'STAFF_NOT_LOGGED_IN' } });
    }
  });
});

describe('staff and parent login throttles stay apart (S-RATE-1)', () => {
  it('parent logins typed as "staff:<username>" do not throttle the staff account', async () => {
    h = createHarness({ settings: { loginFailuresBeforeDelay: 2, loginDelaySeconds: 60 } });
    await createFirstStaff(h, 'setup');
    for (const typed of [`staff:${STAFF_USERNAME}`, `STAFF:${STAFF_USERNAME}`]) {
      for (let i = 0; i < 3; i++) {
        await h.call('login.submit', { identifier: typed, password: 'mauvais mot de passe' }, 'p');
      }
    }
    expect(
      (await h.call('console.login', { username: STAFF_USERNAME, password: STAFF_PASSWORD }, 'c'))
        .ok,
    ).toBe(true);
  });
});
