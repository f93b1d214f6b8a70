// This kiosk's credential at its hub (S-SYNC-1): in the OS keychain as `hub-credential`, or
// KIOSK_HUB_CREDENTIAL, which wins, like every secret's variable (the browser host, tests).
// Read at each try, not only at start: `npm run config -- hub enrol` may run while the kiosk does.
import { randomUUID } from 'node:crypto';
import type { SecretStore } from '../secrets/secret-store';
import { SECRETS } from '../secrets/secret-names';

export interface HubCredentialStore {
  /** The credential, or undefined; throws KeychainUnavailableError. */
  read(): Promise<string | undefined>;
  write(credential: string): Promise<void>;
  /**
   * The id of the kiosk whose credential the keychain holds (KIOSK_HUB_CREDENTIAL aside), or
   * null. One OS account has one keychain: a second kiosk run by the same account would find the
   * first one's here. Throws KeychainUnavailableError.
   */
  heldKioskId(): Promise<string | null>;
  /**
   * Removes the keychain's credential when it is this kiosk's; another kiosk's stays (a kiosk
   * leaving must not cut off its neighbour). False when nothing of this kiosk's was there.
   */
  removeFor(kioskId: string): Promise<boolean>;
  /**
   * Proves the keychain takes the credential before the hub is asked for one (its enrolment code
   * serves once): throws KeychainUnavailableError when it cannot be read or written.
   */
  checkWritable(): Promise<void>;
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
    async heldKioskId() {
      const held = (await store.readAll())['hub-credential'];
      return held === undefined ? null : credentialKioskId(held);
    },
    async removeFor(kioskId) {
      const held = (await store.readAll())['hub-credential'];
      if (held === undefined || credentialKioskId(held) !== kioskId) return false;
      return store.remove('hub-credential');
    },
    async checkWritable() {
      const held = (await store.readAll())['hub-credential'];
      // Rewriting what is there changes nothing; otherwise a probe written then removed.
      if (held !== undefined) {
        await store.write('hub-credential', held);
        return;
      }
      await store.write('hub-credential', `probe.${randomUUID()}`);
      await store.remove('hub-credential');
    },
  };
}

/** The kiosk id a credential `<kioskId>.<secret>` names. */
export const credentialKioskId = (credential: string): string => credential.split('.')[0] ?? '';
