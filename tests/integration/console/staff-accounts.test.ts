// "Comptes du secrétariat" through the real core (S-SEC-1): a second account with a temporary
// password, its forced change at first login, disabling (never oneself, never the last enabled
// account; the disabled account's logins end at once), resets, one's own password, the audit.
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../core/core-harness';
import {
  auditRows,
  createFirstStaff,
  STAFF_NAME,
  STAFF_PASSWORD,
  STAFF_USERNAME,
} from './console-harness';

const ADMIN = 'admin-session';
const SECOND = {
  displayName: 'Karim Benali',
  username: 'k.benali',
  password: 'Provisoire pour la rentrée 2025',
};
const SECOND_OWN = 'Les hirondelles reviennent au printemps';

let h: Harness;
afterEach(() => h.close());

async function addSecond(h: Harness): Promise<string> {
  const list = await h.okCall(
    'console.createStaff',
    { ...SECOND, confirmation: SECOND.password },
    ADMIN,
  );
  const created = list.find((staff) => staff.username === SECOND.username);
  if (!created) throw new Error('the new account is not in the list');
  return created.staffId;
}

const loginAs = (username: string, password: string, sessionId: string) =>
  h.call('console.login', { username, password }, sessionId);

/** The second account's first login (session 'karim'), choosing SECOND_OWN. */
async function firstLoginOfSecond(): Promise<void> {
  await loginAs(SECOND.username, SECOND.password, 'karim');
  await h.okCall(
    'console.changeOwnPassword',
    { password: SECOND_OWN, confirmation: SECOND_OWN },
    'karim',
  );
}

describe('Comptes du secrétariat (S-SEC-1)', () => {
  it('lists accounts and adds one with a temporary password, refusing a taken username or a weak password', async () => {
    h = createHarness();
    const adminId = await createFirstStaff(h, ADMIN);
    expect(
      await h.call(
        'console.createStaff',
        { ...SECOND, password: 'Karim benali toujours', confirmation: 'Karim benali toujours' },
        ADMIN,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'PASSWORD_BLOCKLISTED', details: { reason: 'personal' } },
    });
    expect(
      await h.call(
        'console.createStaff',
        { ...SECOND, username: ` ${STAFF_USERNAME.toUpperCase()} `, confirmation: SECOND.password },
        ADMIN,
      ),
    ).toMatchObject({ ok: false, error: { code: 'STAFF_USERNAME_TAKEN' } });
    expect(h.db.prepare('SELECT count(*) AS n FROM staff_accounts').get()).toEqual({ n: 1 });

    const secondId = await addSecond(h);
    const list = await h.okCall('console.staffAccounts', {}, ADMIN);
    expect(list).toEqual([
      {
        staffId: secondId,
        displayName: SECOND.displayName,
        username: SECOND.username,
        createdAt: '2025-10-06T08:00:00.000Z',
        createdByName: STAFF_NAME,
        lastLoginAt: null,
        disabledAt: null,
        mustChangePassword: true,
        isSelf: false,
      },
      expect.objectContaining({
        staffId: adminId,
        createdByName: null,
        mustChangePassword: false,
        isSelf: true,
      }),
    ]);
    expect(JSON.stringify(list)).not.toContain('scrypt');
  });

  it('a temporary password logs in only to choose a new one; then the console opens', async () => {
    h = createHarness();
    await createFirstStaff(h, ADMIN);
    const secondId = await addSecond(h);
    const login = await loginAs(SECOND.username, SECOND.password, 'karim');
    expect(login).toEqual({
      ok: true,
      value: { staffId: secondId, displayName: SECOND.displayName, mustChangePassword: true },
    });
    // Nothing but the change until it is made.
    for (const refused of [
      await h.call('console.dashboard', {}, 'karim'),
      await h.call('console.staffAccounts', {}, 'karim'),
      await h.call('console.searchGuardians', { query: 'dupont' }, 'karim'),
    ]) {
      expect(refused).toMatchObject({ error: { code: 'STAFF_PASSWORD_CHANGE_REQUIRED' } });
    }
    expect(await h.okCall('console.status', {}, 'karim')).toMatchObject({
      staff: { mustChangePassword: true },
    });
    // The temporary password itself is not a new one.
    expect(
      await h.call(
        'console.changeOwnPassword',
        { password: SECOND.password, confirmation: SECOND.password },
        'karim',
      ),
    ).toMatchObject({ error: { code: 'PASSWORD_UNCHANGED' } });
    expect(
      await h.okCall(
        'console.changeOwnPassword',
        { password: SECOND_OWN, confirmation: SECOND_OWN },
        'karim',
      ),
    ).toEqual({ staffId: secondId, displayName: SECOND.displayName, mustChangePassword: false });
    await h.okCall('console.dashboard', {}, 'karim');

    await h.okCall('console.logout', {}, 'karim');
    expect(await loginAs(SECOND.username, SECOND.password, 'karim')).toMatchObject({
      error: { code: 'LOGIN_FAILED' },
    });
    expect((await loginAs(SECOND.username, SECOND_OWN, 'karim')).ok).toBe(true);
    expect(
      auditRows(h)
        .filter((row) => row.actor === `staff:${secondId}`)
        .map((row) => [row.action, row.details]),
    ).toEqual([
      ['staff.login', JSON.stringify({ mustChangePassword: true })],
      ['staff.password-change-refused', JSON.stringify({ code: 'PASSWORD_UNCHANGED' })],
      ['staff.password-changed', JSON.stringify({ how: 'forced-change', otherSessionsEnded: 0 })],
      ['staff.logout', JSON.stringify({ reason: 'logout' })],
      ['staff.login-failed', JSON.stringify({ reason: 'wrong-password' })],
      ['staff.login', null],
    ]);
  });

  it('never disables the last enabled account, nor one’s own', async () => {
    h = createHarness();
    const adminId = await createFirstStaff(h, ADMIN);
    expect(
      await h.call('console.setStaffDisabled', { staffId: adminId, disabled: true }, ADMIN),
    ).toMatchObject({ ok: false, error: { code: 'STAFF_LAST_ENABLED' } });
    const secondId = await addSecond(h);
    expect(
      await h.call('console.setStaffDisabled', { staffId: adminId, disabled: true }, ADMIN),
    ).toMatchObject({ ok: false, error: { code: 'STAFF_SELF_DISABLE' } });
    // With the second one disabled, the first is the last enabled again.
    await h.okCall('console.setStaffDisabled', { staffId: secondId, disabled: true }, ADMIN);
    expect(
      await h.call('console.setStaffDisabled', { staffId: adminId, disabled: true }, ADMIN),
    ).toMatchObject({ ok: false, error: { code: 'STAFF_LAST_ENABLED' } });
    expect(
      h.db.prepare('SELECT count(*) AS n FROM staff_accounts WHERE disabled_at IS NULL').get(),
    ).toEqual({ n: 1 });
    expect(
      await h.call(
        'console.setStaffDisabled',
        { staffId: '00000000-0000-4000-8000-000000000000', disabled: true },
        ADMIN,
      ),
    ).toMatchObject({ ok: false, error: { code: 'STAFF_NOT_FOUND' } });
  });

  it('a disabled account’s logins end at once, its login is refused like a wrong password, and it comes back when enabled', async () => {
    h = createHarness();
    const adminId = await createFirstStaff(h, ADMIN);
    const secondId = await addSecond(h);
    await firstLoginOfSecond();
    await loginAs(SECOND.username, SECOND_OWN, 'karim-2');

    const list = await h.okCall(
      'console.setStaffDisabled',
      { staffId: secondId, disabled: true },
      ADMIN,
    );
    expect(list.find((s) => s.staffId === secondId)?.disabledAt).toBe('2025-10-06T08:00:00.000Z');
    for (const session of ['karim', 'karim-2']) {
      expect(await h.okCall('console.status', {}, session)).toMatchObject({ staff: null });
      expect(await h.call('console.dashboard', {}, session)).toMatchObject({
        error: { code: 'STAFF_NOT_LOGGED_IN' },
      });
    }
    // The right password of a disabled account: the same answer as a wrong one.
    expect(await loginAs(SECOND.username, SECOND_OWN, 'karim')).toEqual({
      ok: false,
      error: { code: 'LOGIN_FAILED', message: 'Unknown username or wrong password' },
    });

    await h.okCall('console.setStaffDisabled', { staffId: secondId, disabled: false }, ADMIN);
    expect((await loginAs(SECOND.username, SECOND_OWN, 'karim')).ok).toBe(true);

    const admin = `staff:${adminId}`;
    const about = { staffId: secondId, username: SECOND.username };
    expect(
      auditRows(h)
        .filter((row) => row.actor === admin && row.action !== 'staff.login')
        .map((row) => [row.action, row.details && JSON.parse(row.details)]),
    ).toEqual([
      ['staff.created', { staffId: adminId, username: STAFF_USERNAME, first: true }],
      ['staff.created', about],
      ['staff.disabled', { ...about, sessionsEnded: 2 }],
      ['staff.enabled', about],
    ]);
    expect(
      auditRows(h)
        .filter((row) => row.actor === `staff:${secondId}`)
        .map((row) => [row.action, row.details && JSON.parse(row.details)])
        .slice(-4),
    ).toEqual([
      ['staff.logout', { reason: 'account-disabled' }],
      ['staff.logout', { reason: 'account-disabled' }],
      ['staff.login-failed', { reason: 'account-disabled' }],
      ['staff.login', null],
    ]);
  });

  it('a login whose account is disabled while its password is checked is refused', async () => {
    h = createHarness();
    await createFirstStaff(h, ADMIN);
    const secondId = await addSecond(h);
    // The password check runs on the thread pool; the disable lands before it ends.
    const pending = loginAs(SECOND.username, SECOND.password, 'karim');
    await h.okCall('console.setStaffDisabled', { staffId: secondId, disabled: true }, ADMIN);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED' } });
    expect(await h.okCall('console.status', {}, 'karim')).toMatchObject({ staff: null });
  });

  it('resets another account’s password to a temporary one (its logins end), never one’s own', async () => {
    h = createHarness({ settings: { loginFailuresBeforeDelay: 2, loginDelaySeconds: 60 } });
    const adminId = await createFirstStaff(h, ADMIN);
    const secondId = await addSecond(h);
    await firstLoginOfSecond();
    // Karim forgot it and is now made to wait.
    await loginAs(SECOND.username, 'je ne sais plus du tout', 'other');
    await loginAs(SECOND.username, 'je ne sais plus du tout', 'other');

    const reset = 'Nouveau départ pour la rentrée 2026';
    expect(
      await h.call(
        'console.resetStaffPassword',
        { staffId: adminId, password: reset, confirmation: reset },
        ADMIN,
      ),
    ).toMatchObject({ ok: false, error: { code: 'STAFF_SELF_RESET' } });
    expect(
      await h.call(
        'console.resetStaffPassword',
        { staffId: secondId, password: 'trop court', confirmation: 'trop court' },
        ADMIN,
      ),
    ).toMatchObject({ ok: false, error: { code: 'PASSWORD_TOO_SHORT' } });
    const list = await h.okCall(
      'console.resetStaffPassword',
      { staffId: secondId, password: reset, confirmation: reset },
      ADMIN,
    );
    expect(list.find((s) => s.staffId === secondId)?.mustChangePassword).toBe(true);
    expect(await h.call('console.dashboard', {}, 'karim')).toMatchObject({
      error: { code: 'STAFF_NOT_LOGGED_IN' },
    });
    expect(await loginAs(SECOND.username, SECOND_OWN, 'karim')).toMatchObject({
      error: { code: 'LOGIN_FAILED' },
    });
    // No wait left from before the reset: the new temporary password works at once.
    expect(await loginAs(SECOND.username, reset, 'karim')).toMatchObject({
      ok: true,
      value: { mustChangePassword: true },
    });
    const entry = auditRows(h).find((row) => row.action === 'staff.password-reset');
    expect(entry).toEqual({
      actor: `staff:${adminId}`,
      action: 'staff.password-reset',
      guardian_id: null,
      details: JSON.stringify({ staffId: secondId, username: SECOND.username, sessionsEnded: 1 }),
    });
    expect(JSON.stringify(auditRows(h))).not.toContain(reset);
  });

  it('changes one’s own password with the current one; a wrong current one counts against the login throttle', async () => {
    h = createHarness({ settings: { loginFailuresBeforeDelay: 2, loginDelaySeconds: 60 } });
    const adminId = await createFirstStaff(h, ADMIN);
    await loginAs(STAFF_USERNAME, STAFF_PASSWORD, 'other-desk');
    const next = 'Un autre jour se lève sur la cour';
    const change = (currentPassword: string | undefined) =>
      h.call(
        'console.changeOwnPassword',
        {
          ...(currentPassword === undefined ? {} : { currentPassword }),
          password: next,
          confirmation: next,
        },
        ADMIN,
      );
    expect(await change(undefined)).toMatchObject({ error: { code: 'CURRENT_PASSWORD_WRONG' } });
    expect(await change('pas le mot de passe')).toMatchObject({
      error: { code: 'CURRENT_PASSWORD_WRONG' },
    });
    expect(await change(STAFF_PASSWORD)).toMatchObject({
      error: { code: 'LOGIN_THROTTLED', details: { retryAfterSeconds: 60 } },
    });
    h.clock.advanceSeconds(61);
    expect(await change(STAFF_PASSWORD)).toEqual({
      ok: true,
      value: { staffId: adminId, displayName: STAFF_NAME, mustChangePassword: false },
    });
    // This session stays; the other desk's login of the same account ends.
    await h.okCall('console.dashboard', {}, ADMIN);
    expect(await h.call('console.dashboard', {}, 'other-desk')).toMatchObject({
      error: { code: 'STAFF_NOT_LOGGED_IN' },
    });
    expect(auditRows(h).at(-1)).toMatchObject({
      actor: `staff:${adminId}`,
      action: 'staff.password-changed',
      details: JSON.stringify({ how: 'changed', otherSessionsEnded: 1 }),
    });
  });

  it('every staff account channel refuses a session without a staff login', async () => {
    h = createHarness();
    const adminId = await createFirstStaff(h, ADMIN);
    const calls = [
      h.call('console.staffAccounts', {}, 'parent'),
      h.call('console.createStaff', { ...SECOND, confirmation: SECOND.password }, 'parent'),
      h.call('console.setStaffDisabled', { staffId: adminId, disabled: true }, 'parent'),
      h.call(
        'console.resetStaffPassword',
        { staffId: adminId, password: SECOND.password, confirmation: SECOND.password },
        'parent',
      ),
      h.call(
        'console.changeOwnPassword',
        { password: SECOND.password, confirmation: SECOND.password },
        'parent',
      ),
    ];
    for (const result of await Promise.all(calls)) {
      expect(result).toMatchObject({ ok: false, error: { code: 'STAFF_NOT_LOGGED_IN' } });
    }
    expect(h.db.prepare('SELECT count(*) AS n FROM staff_accounts').get()).toEqual({ n: 1 });
  });
});
