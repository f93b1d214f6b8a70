// The OS keychain as the kiosk sees it, in memory, for tests that are not about the keychain
// itself (those run against a real gnome-keyring: tests/keychain/). `unavailable` answers like
// libsecret without a session bus.
import type { SecretName } from '../../main/secrets/secret-names';
import { KeychainUnavailableError, type SecretStore } from '../../main/secrets/secret-store';

export interface InMemorySecretStore extends SecretStore {
  /** What the "keychain" holds now (a copy). */
  readonly held: Partial<Record<SecretName, string>>;
}

export function createInMemorySecretStore(
  initial: Partial<Record<SecretName, string>> = {},
  options: { unavailable?: boolean } = {},
): InMemorySecretStore {
  const values = new Map(Object.entries(initial) as [SecretName, string][]);
  const reachable = () => {
    if (options.unavailable) {
      throw new KeychainUnavailableError('Cannot autolaunch D-Bus without X11 $DISPLAY');
    }
  };
  return {
    description: 'the OS keychain (in memory, for tests)',
    get held() {
      return Object.fromEntries(values);
    },
    readAll() {
      return Promise.resolve().then(() => {
        reachable();
        return Object.fromEntries(values);
      });
    },
    write(name, value) {
      return Promise.resolve().then(() => {
        reachable();
        values.set(name, value);
      });
    },
    remove(name) {
      return Promise.resolve().then(() => {
        reachable();
        return values.delete(name);
      });
    },
  };
}
