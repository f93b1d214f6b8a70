// Where the kiosk keeps its secrets: the OS keychain in production (keychain-secret-store.ts).
// Kept as an interface so the composition root and the commands take it as a dependency.
import type { SecretName } from './secret-names';

export interface SecretStore {
  /** Says where the secrets are, for messages: `the OS keychain (service "…")`. */
  readonly description: string;
  /** Every secret the store holds. Throws KeychainUnavailableError when it cannot be reached. */
  readAll(): Promise<Partial<Record<SecretName, string>>>;
  /** Creates or replaces one secret. Throws KeychainUnavailableError. */
  write(name: SecretName, value: string): Promise<void>;
  /** Removes one secret; false when it was not there. Throws KeychainUnavailableError. */
  remove(name: SecretName): Promise<boolean>;
}

/**
 * No keychain to keep secrets in (no Secret Service on the D-Bus session, a locked keyring,
 * libsecret missing…). The kiosk then never falls back to a file (S-DATA-1): it says so.
 */
export class KeychainUnavailableError extends Error {
  override name = 'KeychainUnavailableError';
  constructor(
    /** The keychain's own words (libsecret, Windows), English. */
    readonly reason: string,
  ) {
    super(
      `no OS keychain is available (${reason}); the kiosk keeps its secrets only there and ` +
        'will not store them in plain text. On Linux run it in a session with an unlocked ' +
        'Secret Service (GNOME Keyring, KWallet or KeePassXC); see docs/operators/secrets.md',
    );
  }
}
