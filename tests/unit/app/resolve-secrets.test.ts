import { describe, expect, it } from 'vitest';
import { resolveCodeHmacKey, resolvePasswordPepper } from '../../../main/app/resolve-secrets';
import { KeychainUnavailableError } from '../../../main/secrets/secret-store';

const LONG = 'x'.repeat(32);

describe('the secrets the core is built with (S-OTP-4, S-PWD-3)', () => {
  it('the code hash key is random per start when none is kept, and a kept key must be long', () => {
    const none = { codeHmacKey: undefined };
    expect(resolveCodeHmacKey(none).equals(resolveCodeHmacKey(none))).toBe(false);
    expect(resolveCodeHmacKey({ codeHmacKey: LONG }).toString()).toBe(LONG);
    expect(() => resolveCodeHmacKey({ codeHmacKey: 'short' })).toThrow(
      /KIOSK_CODE_HMAC_KEY, or code-hmac-key in the keychain\) must be at least 32 characters/,
    );
  });

  it('the password pepper must be long, and the demo one serves the demo alone', () => {
    expect(() => resolvePasswordPepper({ passwordPepper: 'short' }, true)).toThrow(/at least 32/);
    const none = { passwordPepper: undefined };
    expect(resolvePasswordPepper(none, true).length).toBeGreaterThan(0);
    expect(() => resolvePasswordPepper(none, false)).toThrow(/npm run config -- pepper set/);
    expect(() =>
      resolvePasswordPepper(none, false, new KeychainUnavailableError('no session bus')),
    ).toThrow(/no OS keychain is available \(no session bus\).*set KIOSK_PASSWORD_PEPPER/);
  });
});
