import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD_PEPPER } from '../accounts/demo-password-pepper';
import { ConfigError, type KioskSecrets } from '../config/kiosk-config';
import type { KeychainUnavailableError } from '../secrets/secret-store';
import { MIN_GENERATED_SECRET_LENGTH } from '../secrets/secret-value';

// A real roster needs the school's pepper (S-PWD-3), from the OS keychain (created there on
// first start) or KIOSK_PASSWORD_PEPPER (see loadKioskSecrets).
// The published demo pepper is allowed only while BOTH the roster and the SMS gateway are the
// demo ones: a roster imported while the kiosk runs cannot then get real parent accounts hashed
// with it, because the demo phone refuses to send outside demo mode (no code, no account).
// Staff accounts made meanwhile record that pepper and move to the school's at their next login
// (main/staff/staff-password-hashing.ts).

export function resolvePasswordPepper(
  secrets: Pick<KioskSecrets, 'passwordPepper'>,
  demoOnly: boolean,
  keychainProblem?: KeychainUnavailableError,
): Buffer {
  if (secrets.passwordPepper) {
    if (secrets.passwordPepper.length < MIN_GENERATED_SECRET_LENGTH) {
      throw new ConfigError(
        `the password pepper (KIOSK_PASSWORD_PEPPER, or password-pepper in the keychain) must be at least ${MIN_GENERATED_SECRET_LENGTH} characters long`,
      );
    }
    return Buffer.from(secrets.passwordPepper, 'utf8');
  }
  if (demoOnly) return Buffer.from(DEMO_PASSWORD_PEPPER);
  if (keychainProblem) {
    throw new ConfigError(
      'a password pepper is required once a real roster is imported or a real SMS gateway is set, ' +
        `and ${keychainProblem.message}. Make a keychain available, or (browser host, tests) set ` +
        'KIOSK_PASSWORD_PEPPER to at least 32 random characters',
    );
  }
  // The keychain works but the kiosk did not create a pepper: accounts exist (loadKioskSecrets).
  throw new ConfigError(
    'no password pepper, and accounts already exist: a new pepper would make every password ' +
      'stop working, so the kiosk did not create one. Restore the school’s pepper with ' +
      '`npm run config -- pepper set` (or set KIOSK_PASSWORD_PEPPER)',
  );
}

/**
 * The key of the SMS-code hashes (S-OTP-4): from KIOSK_CODE_HMAC_KEY or the keychain (created
 * there on first start). Without a keychain it is random per process, which is safe: a code
 * lives 30 minutes (codeTtlSeconds) and only inside its flow, and createKioskCore ends every
 * flow still open when it starts, so no code ever needs checking after a restart.
 */
export function resolveCodeHmacKey(secrets: Pick<KioskSecrets, 'codeHmacKey'>): Buffer {
  if (!secrets.codeHmacKey) return randomBytes(32);
  // Six-digit codes are guessable offline from their hash if the key is: same rule as the pepper.
  if (secrets.codeHmacKey.length < MIN_GENERATED_SECRET_LENGTH) {
    throw new ConfigError(
      `the code key (KIOSK_CODE_HMAC_KEY, or code-hmac-key in the keychain) must be at least ${MIN_GENERATED_SECRET_LENGTH} characters long`,
    );
  }
  return Buffer.from(secrets.codeHmacKey, 'utf8');
}
