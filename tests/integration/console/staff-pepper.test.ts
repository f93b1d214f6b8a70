// S-PWD-3 and the demo pepper (README "Secrets"): a demo kiosk without a keychain hashes staff
// passwords with the published demo pepper. Once the school's pepper is set (a restart), those
// accounts still log in, and their first login moves the hash to the school's pepper.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD_PEPPER } from '../../../main/accounts/demo-password-pepper';
import { createHarness, type Harness } from '../core/core-harness';
import { auditRows, createFirstStaff, STAFF_PASSWORD, STAFF_USERNAME } from './console-harness';

const SCHOOL_PEPPER = Buffer.from('the school pepper, 48 random characters in real life');
const OTHER_SCHOOL_PEPPER = Buffer.from('another school pepper entirely, not the one kept');

let h: Harness;
afterEach(() => h.close());

const stored = () =>
  h.db.prepare('SELECT password_hash AS hash, pepper FROM staff_accounts').get() as {
    hash: string;
    pepper: string | null;
  };
const login = (password = STAFF_PASSWORD) =>
  h.call('console.login', { username: STAFF_USERNAME, password }, 'desk');

describe('staff passwords across a change of pepper (S-PWD-3)', () => {
  it('an account made on the demo pepper logs in after the school’s pepper is set, and moves to it', async () => {
    h = createHarness({ passwordPepper: Buffer.from(DEMO_PASSWORD_PEPPER) });
    const staffId = await createFirstStaff(h);
    const demoMade = stored();
    expect(demoMade.pepper).toBe('demo');

    h.restart(SCHOOL_PEPPER);
    expect(await login('pas le bon mot de passe')).toMatchObject({
      error: { code: 'LOGIN_FAILED' },
    });
    expect(stored()).toEqual(demoMade);
    expect((await login()).ok).toBe(true);
    const upgraded = stored();
    expect(upgraded.pepper).toBe('school');
    expect(upgraded.hash).not.toBe(demoMade.hash);
    expect(auditRows(h).at(-1)).toEqual({
      actor: `staff:${staffId}`,
      action: 'staff.login',
      guardian_id: null,
      details: JSON.stringify({ pepperUpgraded: { from: 'demo', to: 'school' } }),
    });

    // The next start verifies with the school's pepper alone: the hash really moved to it.
    h.restart(SCHOOL_PEPPER);
    expect((await login()).ok).toBe(true);
    expect(stored()).toEqual(upgraded);
    expect(auditRows(h).at(-1)?.details).toBeNull();
    h.restart(OTHER_SCHOOL_PEPPER);
    expect(await login()).toMatchObject({ error: { code: 'LOGIN_FAILED' } });
  });

  it('accounts made before the pepper was recorded are tried with both, then recorded', async () => {
    h = createHarness({ passwordPepper: Buffer.from(DEMO_PASSWORD_PEPPER) });
    await createFirstStaff(h);
    // As migration 009 leaves a row of an older kiosk.
    h.db.prepare('UPDATE staff_accounts SET pepper = NULL').run();
    h.restart(SCHOOL_PEPPER);
    expect(await login('pas le bon mot de passe')).toMatchObject({
      error: { code: 'LOGIN_FAILED' },
    });
    expect(stored().pepper).toBeNull();
    expect((await login()).ok).toBe(true);
    expect(stored().pepper).toBe('school');
  });

  it('on the demo pepper, an account made with the school’s cannot log in and is left as it is', async () => {
    h = createHarness({ passwordPepper: SCHOOL_PEPPER });
    await createFirstStaff(h);
    const schoolMade = stored();
    expect(schoolMade.pepper).toBe('school');
    h.restart(Buffer.from(DEMO_PASSWORD_PEPPER));
    expect(await login()).toMatchObject({ error: { code: 'LOGIN_FAILED' } });
    expect(stored()).toEqual(schoolMade);
  });

  it('accounts added, reset or changed are hashed with the pepper in use', async () => {
    h = createHarness({ passwordPepper: Buffer.from(DEMO_PASSWORD_PEPPER) });
    await createFirstStaff(h, 'admin');
    h.restart(SCHOOL_PEPPER);
    await h.okCall(
      'console.login',
      { username: STAFF_USERNAME, password: STAFF_PASSWORD },
      'admin',
    );
    const temporary = 'Provisoire pour la rentrée 2025';
    await h.okCall(
      'console.createStaff',
      {
        username: 'k.benali',
        displayName: 'Karim Benali',
        password: temporary,
        confirmation: temporary,
      },
      'admin',
    );
    expect(
      h.db.prepare('SELECT username, pepper FROM staff_accounts ORDER BY username').all(),
    ).toEqual([
      { username: 'k.benali', pepper: 'school' },
      { username: STAFF_USERNAME, pepper: 'school' },
    ]);
  });
});
