import { randomBytes } from 'node:crypto';
import { ConfigError, type KioskSecrets } from '../config/kiosk-config';

// The demo roster is fictional, so its accounts may use a published pepper; a real roster needs
// the school's own (S-PWD-3). Until the OS keychain holds it (a later version), it comes from
// the environment only and is never written to disk.
// The published pepper is allowed only while BOTH the roster and the SMS gateway are the demo
// ones: a roster imported while the kiosk runs cannot then get real accounts hashed with it,
// because the demo phone refuses to send outside demo mode (no code, no account).
const DEMO_PASSWORD_PEPPER = 'kiosk-demo-pepper-for-fictional-accounts-only';
const MIN_SECRET_LENGTH = 32;

export function resolvePasswordPepper(
  secrets: Pick<KioskSecrets, 'passwordPepper'>,
  demoOnly: boolean,
): Buffer {
  if (secrets.passwordPepper) {
    if (secrets.passwordPepper.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(
        `KIOSK_PASSWORD_PEPPER must be at least ${MIN_SECRET_LENGTH} characters long`,
      );
    }
    return Buffer.from(secrets.passwordPepper, 'utf8');
  }
  if (demoOnly) return Buffer.from(DEMO_PASSWORD_PEPPER, 'utf8');
  throw new ConfigError(
    'KIOSK_PASSWORD_PEPPER is required once a real roster is imported or a real SMS gateway is set ' +
      '(at least 32 random characters, ' +
      'e.g. from `openssl rand -base64 48`); keep it safe: changing it invalidates every password.',
  );
}

/**
 * The key of the SMS-code hashes (S-OTP-4). Random per process unless KIOSK_CODE_HMAC_KEY is set:
 * a code lives 30 minutes (codeTtlSeconds) and only inside its flow, and createKioskCore ends
 * every flow still open when it starts, so no code ever needs checking after a restart (the
 * person is told to start again rather than that the code is wrong).
 */
export function resolveCodeHmacKey(env: NodeJS.ProcessEnv): Buffer {
  const fromEnv = env.KIOSK_CODE_HMAC_KEY;
  if (!fromEnv) return randomBytes(32);
  // Six-digit codes are guessable offline from their hash if the key is: same rule as the pepper.
  if (fromEnv.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(
      `KIOSK_CODE_HMAC_KEY must be at least ${MIN_SECRET_LENGTH} characters long`,
    );
  }
  return Buffer.from(fromEnv, 'utf8');
}
