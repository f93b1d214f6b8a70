// The console lines about secrets printed at every start: where they came from, never a value.
import type { LoadedSecrets } from './load-kiosk-secrets';
import { SECRETS, SECRET_NAMES } from './secret-names';
import type { SecretStore } from './secret-store';

export function describeLoadedSecrets(
  loaded: LoadedSecrets,
  store: SecretStore,
  options: { demoOnly: boolean },
): { notices: string[]; warnings: string[] } {
  const notices: string[] = [];
  const warnings: string[] = [];
  const fromEnv = SECRET_NAMES.filter((name) => loaded.sources[name] === 'environment');
  if (loaded.keychainProblem) {
    const used = fromEnv.length
      ? `only the secrets set in the environment are used (${fromEnv.map((name) => SECRETS[name].envName).join(', ')})`
      : 'no secret is set in the environment either';
    const demo =
      options.demoOnly && loaded.secrets.passwordPepper === undefined
        ? '; demo mode runs on the published demo pepper and a code key made for this start'
        : '';
    warnings.push(`WARNING: ${loaded.keychainProblem.message}; ${used}${demo}.`);
  }
  if (!loaded.keychainProblem && options.demoOnly && loaded.secrets.passwordPepper === undefined) {
    // The keychain works but the pepper was not created: passwords depend on a lost one.
    warnings.push(
      'WARNING: the keychain has no password pepper, yet passwords made with one exist: demo mode ' +
        'runs on the published demo pepper, on which they do not work. Restore the school’s pepper ' +
        'with `npm run config -- pepper set`.',
    );
  }
  const created = SECRET_NAMES.filter((name) => loaded.sources[name] === 'created');
  if (created.length) {
    notices.push(
      `Secrets: created the ${created.map((name) => SECRETS[name].description).join(' and the ')} in ${store.description}.`,
    );
  }
  if (created.includes('password-pepper')) {
    notices.push(
      'Secrets: keep a copy of the password pepper in a safe place (`npm run --silent config -- pepper show`): ' +
        'without it no password works any more, and every kiosk of the school needs the same one.',
    );
  }
  return { notices, warnings };
}
