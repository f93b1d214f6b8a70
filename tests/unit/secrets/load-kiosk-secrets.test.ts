import { describe, expect, it } from 'vitest';
import type { KioskSecrets } from '../../../main/config/kiosk-config';
import { loadKioskSecrets } from '../../../main/secrets/load-kiosk-secrets';
import { createInMemorySecretStore } from '../../fakes/in-memory-secret-store';

const NONE: KioskSecrets = {
  smsPassword: undefined,
  passwordPepper: undefined,
  codeHmacKey: undefined,
  twilioAuthToken: undefined,
  ovhApplicationSecret: undefined,
  ovhConsumerKey: undefined,
  smsmodeApiKey: undefined,
  brevoApiKey: undefined,
  hubCredential: undefined,
};
const ALL_FROM_ENV: KioskSecrets = {
  smsPassword: 'env-sms',
  passwordPepper: 'p'.repeat(40),
  codeHmacKey: 'k'.repeat(40),
  twilioAuthToken: 'env-twilio',
  ovhApplicationSecret: 'env-ovh-as',
  ovhConsumerKey: 'env-ovh-ck',
  smsmodeApiKey: 'env-smsmode',
  brevoApiKey: 'env-brevo',
  hubCredential: `${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.env-hub`,
};

describe('where each secret comes from (S-DATA-1)', () => {
  it('an environment variable overrides the keychain, one secret at a time', async () => {
    const store = createInMemorySecretStore({
      'sms-password': 'keychain-sms',
      'brevo-api-key': 'keychain-brevo',
      'password-pepper': 'q'.repeat(40),
      'code-hmac-key': 'c'.repeat(40),
    });
    const loaded = await loadKioskSecrets({ ...NONE, smsPassword: 'env-sms' }, store, {
      mayCreatePepper: true,
    });
    expect(loaded.secrets).toMatchObject({
      smsPassword: 'env-sms',
      brevoApiKey: 'keychain-brevo',
      passwordPepper: 'q'.repeat(40),
    });
    expect(loaded.sources).toEqual({
      'sms-password': 'environment',
      'brevo-api-key': 'keychain',
      'password-pepper': 'keychain',
      'code-hmac-key': 'keychain',
    });
    expect(store.held['sms-password']).toBe('keychain-sms');
  });

  it('does not need a keychain when the environment gives every secret', async () => {
    const loaded = await loadKioskSecrets(
      ALL_FROM_ENV,
      createInMemorySecretStore({}, { unavailable: true }),
      { mayCreatePepper: true },
    );
    expect(loaded.keychainProblem).toBeUndefined();
    expect(loaded.secrets).toEqual(ALL_FROM_ENV);
  });

  it('creates the code key and the pepper once, random and long, only where none is set', async () => {
    const store = createInMemorySecretStore();
    const first = await loadKioskSecrets(NONE, store, { mayCreatePepper: true });
    expect(first.sources).toEqual({ 'code-hmac-key': 'created', 'password-pepper': 'created' });
    expect(first.secrets.passwordPepper).toBe(store.held['password-pepper']);
    expect(first.secrets.passwordPepper?.length).toBeGreaterThanOrEqual(32);
    const other = await loadKioskSecrets(NONE, createInMemorySecretStore(), {
      mayCreatePepper: true,
    });
    expect(other.secrets.passwordPepper).not.toBe(first.secrets.passwordPepper);
    const again = await loadKioskSecrets(NONE, store, { mayCreatePepper: true });
    expect(again.secrets).toEqual(first.secrets);
    expect(again.sources['password-pepper']).toBe('keychain');
  });

  it('S-PWD-3 creates no pepper when accounts exist (it would break their passwords)', async () => {
    const store = createInMemorySecretStore();
    const loaded = await loadKioskSecrets(NONE, store, { mayCreatePepper: false });
    expect(loaded.secrets.passwordPepper).toBeUndefined();
    expect(store.held).not.toHaveProperty('password-pepper');
  });

  it('without a keychain, uses the environment alone and says why', async () => {
    const loaded = await loadKioskSecrets(
      { ...NONE, passwordPepper: 'p'.repeat(40) },
      createInMemorySecretStore({}, { unavailable: true }),
      { mayCreatePepper: true },
    );
    expect(loaded.keychainProblem?.message).toMatch(/no OS keychain is available/);
    expect(loaded.secrets).toEqual({ ...NONE, passwordPepper: 'p'.repeat(40) });
    expect(loaded.sources).toEqual({ 'password-pepper': 'environment' });
  });
});
