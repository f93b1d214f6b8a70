// The SecretStore over the OS keychain through keytar: libsecret (Secret Service over D-Bus:
// GNOME Keyring, KWallet, KeePassXC) on Linux, the Credential Manager on Windows, the Keychain
// on macOS. Electron-free, so the browser host, the config command and the tests use it too.
import { isSecretName, type SecretName } from './secret-names';
import { KeychainUnavailableError, type SecretStore } from './secret-store';

/** The keychain "service" under which every secret of the kiosk is filed, by its name. */
export const KEYCHAIN_SERVICE = 'kiosque-activation';

// A keyring that asks to be unlocked waits for a person at a prompt; past this the kiosk stops
// waiting and says why rather than hanging at start.
const KEYCHAIN_DEADLINE_MS = 20_000;

type Keytar = typeof import('keytar');

// Loaded on first use: a machine without libsecret then gets a KeychainUnavailableError that
// says so, not a crash when the module is imported.
let keytarModule: Promise<Keytar> | undefined;
const loadKeytar = (): Promise<Keytar> => {
  keytarModule ??= import('keytar').then(
    (module) => ((module as { default?: Keytar }).default ?? module) as Keytar,
  );
  return keytarModule;
};

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

async function inKeychain<T>(what: string, operation: (keytar: Keytar) => Promise<T>): Promise<T> {
  let keytar: Keytar;
  try {
    keytar = await loadKeytar();
  } catch (error) {
    throw new KeychainUnavailableError(
      `the keychain module could not be loaded: ${reasonOf(error)}; on Linux install libsecret-1-0`,
    );
  }
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new KeychainUnavailableError(
            `the keychain did not answer within ${KEYCHAIN_DEADLINE_MS / 1000} s while trying to ${what}; ` +
              'it may be waiting to be unlocked',
          ),
        ),
      KEYCHAIN_DEADLINE_MS,
    );
  });
  try {
    return await Promise.race([
      operation(keytar).catch((error: unknown) => {
        throw new KeychainUnavailableError(reasonOf(error));
      }),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function createKeychainSecretStore(service: string = KEYCHAIN_SERVICE): SecretStore {
  return {
    description: `the OS keychain (service "${service}")`,
    async readAll() {
      const credentials = await inKeychain('read the secrets', (keytar) =>
        keytar.findCredentials(service),
      );
      const found: Partial<Record<SecretName, string>> = {};
      for (const { account, password } of credentials) {
        if (isSecretName(account)) found[account] = password;
      }
      return found;
    },
    async write(name, value) {
      await inKeychain(`store ${name}`, (keytar) => keytar.setPassword(service, name, value));
    },
    remove(name) {
      return inKeychain(`delete ${name}`, (keytar) => keytar.deletePassword(service, name));
    },
  };
}
