// S-SEC-1: claiming the console needs the one-time setup code the school printed (start-up log,
// roster CLI, `npm run config -- console setup-code`); anyone at the kiosk pressing Ctrl+Alt+S
// without it creates nothing. Wrong codes are throttled (S-RATE-1) and audited; the right one is
// used up; only the last code printed counts; only a hash of it is stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../core/core-harness';
import {
  auditRows,
  printSetupCode,
  STAFF_NAME,
  STAFF_PASSWORD,
  STAFF_USERNAME,
} from './console-harness';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.close());

const claim = (setupCode: string, sessionId = 'desk') =>
  h.call(
    'console.createFirstStaff',
    {
      username: STAFF_USERNAME,
      displayName: STAFF_NAME,
      password: STAFF_PASSWORD,
      confirmation: STAFF_PASSWORD,
      setupCode,
    },
    sessionId,
  );
const staffCount = () => h.db.prepare('SELECT count(*) FROM staff_accounts').pluck().get();
const errorCode = (result: Awaited<ReturnType<typeof claim>>) =>
  result.ok ? 'ok' : result.error.code;

describe('claiming the console with the setup code', () => {
  it('without the printed code, the first account cannot be created; the refusal is audited', async () => {
    expect(errorCode(await claim(''))).toBe('SETUP_CODE_INVALID');
    printSetupCode(h);
    expect(errorCode(await claim('AAAA-BBBB-CCCC'))).toBe('SETUP_CODE_INVALID');
    expect(staffCount()).toBe(0);
    expect(auditRows(h).map((row) => [row.actor, row.action])).toEqual([
      ['kiosk', 'staff.setup-code-refused'],
      ['kiosk', 'staff.setup-code-refused'],
    ]);
  });

  it('the printed code, however it is typed, creates the account once; it cannot serve again', async () => {
    const code = printSetupCode(h);
    const typed = ` ${code.toLowerCase().replace(/-/gu, ' ')} `;
    expect(errorCode(await claim(typed))).toBe('ok');
    expect(staffCount()).toBe(1);
    // Used up: the console is claimed, and the code is gone from the database.
    expect(errorCode(await claim(code, 'other'))).toBe('STAFF_ALREADY_SET_UP');
    expect(h.db.prepare('SELECT count(*) FROM console_setup_code').pluck().get()).toBe(0);
  });

  it('only the last code printed counts (a new start or CLI run replaces it)', async () => {
    const first = printSetupCode(h);
    const second = printSetupCode(h);
    expect(errorCode(await claim(first))).toBe('SETUP_CODE_INVALID');
    expect(errorCode(await claim(second))).toBe('ok');
  });

  it('S-RATE-1: wrong codes are throttled; even the right code waits, then works', async () => {
    const code = printSetupCode(h);
    for (let i = 0; i < 5; i++)
      expect(errorCode(await claim(`WRNG-COD${i}-XXXX`))).toBe('SETUP_CODE_INVALID');
    const throttled = await claim(code);
    expect(throttled).toMatchObject({
      ok: false,
      error: { code: 'LOGIN_THROTTLED', details: { retryAfterSeconds: expect.any(Number) } },
    });
    expect(staffCount()).toBe(0);
    h.clock.advanceSeconds(3600);
    expect(errorCode(await claim(code))).toBe('ok');
  });

  it('stores only a salted hash of the code, nowhere the code itself', async () => {
    const code = printSetupCode(h);
    const row = h.db.prepare('SELECT * FROM console_setup_code').get() as Record<string, string>;
    const everything = JSON.stringify([row, h.db.prepare('SELECT * FROM audit_log').all()]);
    for (const form of [code, code.replace(/-/gu, '')]) expect(everything).not.toContain(form);
    expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('prints no code once the console is claimed', async () => {
    expect(errorCode(await claim(printSetupCode(h)))).toBe('ok');
    expect(() => printSetupCode(h)).toThrow(/already set up/u);
  });
});
