// The gateway adapters name the environment variable of a secret they lack; the person starting
// the kiosk also needs to know it can be kept in the keychain, or why the keychain was no help.
import { ConfigError } from '../config/kiosk-config';
import { SECRETS, SMS_SECRET_NAMES } from './secret-names';
import type { KeychainUnavailableError } from './secret-store';

export function explainMissingSmsSecret(
  error: unknown,
  keychainProblem: KeychainUnavailableError | undefined,
): unknown {
  if (!(error instanceof ConfigError)) return error;
  const name = SMS_SECRET_NAMES.find((secret) => error.message.includes(SECRETS[secret].envName));
  if (name === undefined) return error;
  return new ConfigError(
    keychainProblem
      ? `${error.message}; ${keychainProblem.message}`
      : `${error.message} (or keep it in the OS keychain: \`npm run config -- sms set ${name}\`)`,
  );
}
