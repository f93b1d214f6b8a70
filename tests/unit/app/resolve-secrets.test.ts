import { describe, expect, it } from 'vitest';
import { resolveCodeHmacKey, resolvePasswordPepper } from '../../../main/app/resolve-secrets';

const LONG = 'x'.repeat(32);

describe('secrets from the environment (S-OTP-4, S-PWD-3)', () => {
  it('the code hash key is random per start unless set, and a set key must be long', () => {
    expect(resolveCodeHmacKey({}).equals(resolveCodeHmacKey({}))).toBe(false);
    expect(resolveCodeHmacKey({ KIOSK_CODE_HMAC_KEY: LONG }).toString()).toBe(LONG);
    expect(() => resolveCodeHmacKey({ KIOSK_CODE_HMAC_KEY: 'short' })).toThrow(
      /KIOSK_CODE_HMAC_KEY must be at least 32 characters/,
    );
  });

  it('the password pepper must be long, and the demo one serves the demo alone', () => {
    expect(() => resolvePasswordPepper({ passwordPepper: 'short' }, true)).toThrow(/at least 32/);
    const none = { passwordPepper: undefined };
    expect(resolvePasswordPepper(none, true).length).toBeGreaterThan(0);
    expect(() => resolvePasswordPepper(none, false)).toThrow(/KIOSK_PASSWORD_PEPPER is required/);
  });
});
