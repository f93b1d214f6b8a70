// The secrets the kiosk starts with (S-DATA-1, S-OTP-4, S-PWD-3). For each one, the environment
// variable wins when set (the browser host and the tests may run from the environment alone),
// else the OS keychain. The code key and the password pepper are created in the keychain on
// first start. The keychain is not even asked when the environment gives everything.
import { randomBytes } from 'node:crypto';
import type { KioskSecrets } from '../config/kiosk-config';
import { GENERATED_SECRET_NAMES, SECRETS, SECRET_NAMES, type SecretName } from './secret-names';
import { KeychainUnavailableError, type SecretStore } from './secret-store';

export type SecretSource = 'environment' | 'keychain' | 'created';

export interface LoadedSecrets {
  secrets: KioskSecrets;
  /** Where each secret that is set came from (never its value): for the start-up lines. */
  sources: Partial<Record<SecretName, SecretSource>>;
  /** Why the keychain could not be used; the secrets then come from the environment only. */
  keychainProblem: KeychainUnavailableError | undefined;
}

// 48 random bytes in base64: 64 characters, well over the 32 the kiosk requires.
const newRandomSecret = (): string => randomBytes(48).toString('base64');

export async function loadKioskSecrets(
  fromEnv: KioskSecrets,
  store: SecretStore,
  options: {
    /**
     * False once accounts exist: their hashes were made with some pepper, and a new one would
     * silently invalidate every password. The person must restore the pepper instead.
     */
    mayCreatePepper: boolean;
  },
): Promise<LoadedSecrets> {
  const secrets: KioskSecrets = { ...fromEnv };
  const sources: Partial<Record<SecretName, SecretSource>> = {};
  for (const name of SECRET_NAMES) {
    if (fromEnv[SECRETS[name].field] !== undefined) sources[name] = 'environment';
  }
  if (SECRET_NAMES.every((name) => sources[name] === 'environment')) {
    return { secrets, sources, keychainProblem: undefined };
  }
  try {
    const stored = await store.readAll();
    for (const name of SECRET_NAMES) {
      const value = stored[name];
      if (sources[name] === undefined && value !== undefined) {
        secrets[SECRETS[name].field] = value;
        sources[name] = 'keychain';
      }
    }
    for (const name of GENERATED_SECRET_NAMES) {
      if (sources[name] !== undefined) continue;
      if (name === 'password-pepper' && !options.mayCreatePepper) continue;
      const value = newRandomSecret();
      // Stored before use: a pepper that hashed a password must never be lost.
      await store.write(name, value);
      secrets[SECRETS[name].field] = value;
      sources[name] = 'created';
    }
    return { secrets, sources, keychainProblem: undefined };
  } catch (error) {
    if (!(error instanceof KeychainUnavailableError)) throw error;
    return { secrets, sources, keychainProblem: error };
  }
}
