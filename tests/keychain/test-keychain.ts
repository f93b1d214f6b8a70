// Each test file files its secrets under its own keychain service, so that files running side by
// side (and a kiosk on the same account) never see each other's secrets.
import { randomUUID } from 'node:crypto';
import { createKeychainSecretStore } from '../../main/secrets/keychain-secret-store';
import { SECRET_NAMES } from '../../main/secrets/secret-names';
import type { SecretStore } from '../../main/secrets/secret-store';

if (!process.env.DBUS_SESSION_BUS_ADDRESS) {
  throw new Error(
    'tests/keychain/ need a real keychain: run them with `npm run test:keychain` ' +
      '(a throwaway gnome-keyring under dbus-run-session)',
  );
}

export function testKeychainStore(): SecretStore & { service: string; clear(): Promise<void> } {
  const service = `kiosque-activation-test-${randomUUID()}`;
  const store = createKeychainSecretStore(service);
  return {
    ...store,
    service,
    async clear() {
      for (const name of SECRET_NAMES) await store.remove(name);
    },
  };
}
