// What the secretariat's settings screen (and `npm run config -- sms …`) may do with the SMS
// gateway secrets: set one (write-only), delete one, and see which are set. A value is never
// read back (S-DATA-1): these functions return no secret, so nothing can leak to IPC or logs.
import {
  SECRETS,
  SECRET_NAMES,
  SMS_SECRET_NAMES,
  isSmsSecretName,
  type SecretName,
} from './secret-names';
import { KeychainUnavailableError, type SecretStore } from './secret-store';
import { checkSecretValue, type SecretValueProblem } from './secret-value';

export interface SecretRefusal {
  ok: false;
  problem: SecretValueProblem | 'unknown-name' | 'keychain-unavailable';
  /** English, for the log or the command line; the screen words its own in French. */
  message: string;
}

export type SecretWriteResult = { ok: true } | SecretRefusal;
export type SecretDeleteResult = { ok: true; removed: boolean } | SecretRefusal;

export interface SecretState {
  name: SecretName;
  envName: string;
  description: string;
  inKeychain: boolean;
  /** Set in the environment of this process, which overrides the keychain. */
  inEnvironment: boolean;
}

export type SecretsStatus =
  | { keychain: 'available'; secrets: SecretState[] }
  | { keychain: 'unavailable'; reason: string; secrets: SecretState[] };

const refused = (error: unknown): SecretRefusal => {
  if (error instanceof KeychainUnavailableError) {
    return { ok: false, problem: 'keychain-unavailable', message: error.message };
  }
  throw error;
};

const unknownName = (name: string): SecretRefusal => ({
  ok: false,
  problem: 'unknown-name',
  message: `unknown SMS secret "${name}" (one of: ${SMS_SECRET_NAMES.join(', ')})`,
});

/** Stores one SMS gateway secret in the keychain; a refused value changes nothing. */
export async function setSmsSecret(
  store: SecretStore,
  name: string,
  value: string,
): Promise<SecretWriteResult> {
  if (!isSmsSecretName(name)) return unknownName(name);
  const problem = checkSecretValue(name, value);
  if (problem) return { ok: false, ...problem };
  try {
    await store.write(name, value);
    return { ok: true };
  } catch (error) {
    return refused(error);
  }
}

/** Removes one SMS gateway secret from the keychain; `removed` is false when it was not set. */
export async function deleteSmsSecret(
  store: SecretStore,
  name: string,
): Promise<SecretDeleteResult> {
  if (!isSmsSecretName(name)) return unknownName(name);
  try {
    return { ok: true, removed: await store.remove(name) };
  } catch (error) {
    return refused(error);
  }
}

/** Which secrets are set, and where; never a value. */
export async function readSecretsStatus(
  store: SecretStore,
  /** The environment of the process that will use the secrets. */
  env: Readonly<Record<string, string | undefined>>,
  names: readonly SecretName[],
): Promise<SecretsStatus> {
  const describe = (stored: Partial<Record<SecretName, string>>): SecretState[] =>
    names.map((name) => ({
      name,
      envName: SECRETS[name].envName,
      description: SECRETS[name].description,
      inKeychain: stored[name] !== undefined,
      inEnvironment: Boolean(env[SECRETS[name].envName]),
    }));
  try {
    return { keychain: 'available', secrets: describe(await store.readAll()) };
  } catch (error) {
    if (!(error instanceof KeychainUnavailableError)) throw error;
    return { keychain: 'unavailable', reason: error.message, secrets: describe({}) };
  }
}

/** The functions above bound to one kiosk's store and environment, for its settings screen. */
export interface SecretSettings {
  setSmsSecret(name: string, value: string): Promise<SecretWriteResult>;
  deleteSmsSecret(name: string): Promise<SecretDeleteResult>;
  status(): Promise<SecretsStatus>;
}

export function bindSecretSettings(
  store: SecretStore,
  env: Readonly<Record<string, string | undefined>>,
): SecretSettings {
  return {
    setSmsSecret: (name, value) => setSmsSecret(store, name, value),
    deleteSmsSecret: (name) => deleteSmsSecret(store, name),
    status: () => readSecretsStatus(store, env, SECRET_NAMES),
  };
}
