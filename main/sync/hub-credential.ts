// This kiosk's credential at its hub (S-SYNC-1): in the OS keychain as `hub-credential`, or
// KIOSK_HUB_CREDENTIAL, which wins, like every secret's variable (the browser host, tests).
// Read at each try, not only at start: `npm run config -- hub enrol` may run while the kiosk does.
import type { SecretStore } from '../secrets/secret-store';
import { SECRETS } from '../secrets/secret-names';

export interface HubCredentialStore {
  /** The credential, or undefined; throws KeychainUnavailableError. */
  read(): Promise<string | undefined>;
  write(credential: string): Promise<void>;
  remove(): Promise<boolean>;
}

export function createHubCredentialStore(
  store: SecretStore,
  env: Readonly<Record<string, string | undefined>>,
): HubCredentialStore {
  const fromEnv = () => env[SECRETS['hub-credential'].envName] || undefined;
  return {
    async read() {
      return fromEnv() ?? (await store.readAll())['hub-credential'];
    },
    write: (credential) => store.write('hub-credential', credential),
    remove: () => store.remove('hub-credential'),
  };
}

/** The kiosk id a credential `<kioskId>.<secret>` names. */
export const credentialKioskId = (credential: string): string => credential.split('.')[0] ?? '';
