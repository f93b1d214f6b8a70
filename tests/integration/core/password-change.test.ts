import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  activateFully,
  createHarness,
  DUPONT_BIRTH_DATES,
  PATRICK_IDENTITY,
  seedDupontFamily,
  type Harness,
} from './core-harness';

const PASSWORD = 'cheval pomme verte';
const NEW_PASSWORD = 'Nouvelle tartine du soir 58';

describe('password change and account state at login (issue 5)', () => {
  let h: Harness;
  let identifier: string;
  beforeEach(async () => {
    h = createHarness();
    seedDupontFamily(h);
    identifier = await activateFully(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, PASSWORD, 'a');
  });
  afterEach(() => h.close());

  const login = (password: string, sessionId = 'session-1') =>
    h.call('login.submit', { identifier, password }, sessionId);

  it('"Changer mon mot de passe" needs the current password; other logins end, this one stays', async () => {
    await h.okCall('login.submit', { identifier, password: PASSWORD }, 'other-kiosk-tab');
    await h.okCall('login.submit', { identifier, password: PASSWORD });
    expect(
      await h.call('account.changePassword', {
        currentPassword: 'pas le bon mot de passe',
        password: NEW_PASSWORD,
        confirmation: NEW_PASSWORD,
      }),
    ).toMatchObject({ error: { code: 'CURRENT_PASSWORD_WRONG' } });
    expect(await login(PASSWORD, 'check')).toMatchObject({ ok: true });

    expect(
      await h.call('account.changePassword', {
        currentPassword: PASSWORD,
        password: NEW_PASSWORD,
        confirmation: NEW_PASSWORD,
      }),
    ).toMatchObject({ ok: true, value: { identifier, mustChangePassword: false } });
    expect(await h.call('account.view', {})).toMatchObject({ ok: true });
    expect(await h.call('account.view', {}, 'other-kiosk-tab')).toMatchObject({
      error: { code: 'NOT_LOGGED_IN' },
    });
    expect(await login(PASSWORD, 'later')).toMatchObject({ error: { code: 'LOGIN_FAILED' } });
    expect(await login(NEW_PASSWORD, 'later')).toMatchObject({ ok: true });
  });

  it('S-PWD-1 refuses a short new password and changes nothing', async () => {
    await h.okCall('login.submit', { identifier, password: PASSWORD });
    expect(
      await h.call('account.changePassword', {
        currentPassword: PASSWORD,
        password: 'court',
        confirmation: 'court',
      }),
    ).toMatchObject({ error: { code: 'PASSWORD_TOO_SHORT' } });
    expect(await login(PASSWORD, 'later')).toMatchObject({ ok: true });
  });

  it('refuses the current password as the new one', async () => {
    await h.okCall('login.submit', { identifier, password: PASSWORD });
    expect(
      await h.call('account.changePassword', {
        currentPassword: PASSWORD,
        password: PASSWORD,
        confirmation: PASSWORD,
      }),
    ).toMatchObject({ error: { code: 'PASSWORD_UNCHANGED' } });
  });

  it('an account issued with a temporary password must choose its own at first login', async () => {
    h.db.prepare('UPDATE accounts SET must_change_password = 1').run();
    expect(await login(PASSWORD)).toMatchObject({ ok: true, value: { mustChangePassword: true } });
    // The temporary password was just typed: not asked again.
    expect(
      await h.call('account.changePassword', {
        password: NEW_PASSWORD,
        confirmation: NEW_PASSWORD,
      }),
    ).toMatchObject({ ok: true, value: { mustChangePassword: false } });
    expect(h.db.prepare('SELECT must_change_password FROM accounts').pluck().get()).toBe(0);
    expect(await login(NEW_PASSWORD, 'later')).toMatchObject({
      ok: true,
      value: { mustChangePassword: false },
    });
  });

  it('without a login there is nothing to change', async () => {
    expect(
      await h.call('account.changePassword', {
        password: NEW_PASSWORD,
        confirmation: NEW_PASSWORD,
      }),
    ).toMatchObject({ error: { code: 'NOT_LOGGED_IN' } });
  });

  it('a disabled account is refused after the right password, with its own message', async () => {
    h.db.prepare("UPDATE accounts SET disabled_at = '2025-10-01T00:00:00Z'").run();
    expect(await login('mauvais mot de passe')).toMatchObject({
      error: { code: 'LOGIN_FAILED' },
    });
    expect(await login(PASSWORD)).toMatchObject({ error: { code: 'ACCOUNT_DISABLED' } });
    expect(await h.call('account.view', {})).toMatchObject({ error: { code: 'NOT_LOGGED_IN' } });
  });
});
