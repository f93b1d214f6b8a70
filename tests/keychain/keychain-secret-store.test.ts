import keytar from 'keytar';
import { afterEach, describe, expect, it } from 'vitest';
import { testKeychainStore } from './test-keychain';

describe('the OS keychain store (real gnome-keyring over D-Bus, S-DATA-1)', () => {
  const store = testKeychainStore();
  afterEach(() => store.clear());

  it('keeps a secret by its name, replaces it, and removes it', async () => {
    await store.write('sms-password', 'first-password');
    expect(await store.readAll()).toEqual({ 'sms-password': 'first-password' });
    await store.write('sms-password', 'second-password');
    await store.write('brevo-api-key', 'xkeysib-0123');
    expect(await store.readAll()).toEqual({
      'sms-password': 'second-password',
      'brevo-api-key': 'xkeysib-0123',
    });
    expect(await store.remove('sms-password')).toBe(true);
    expect(await store.remove('sms-password')).toBe(false);
    expect(await store.readAll()).toEqual({ 'brevo-api-key': 'xkeysib-0123' });
  });

  it('is really in the keychain: another program sees it under the kiosk’s service', async () => {
    await store.write('password-pepper', 'p'.repeat(40));
    expect(await keytar.getPassword(store.service, 'password-pepper')).toBe('p'.repeat(40));
  });

  it('sees only its own service, and ignores entries that are not kiosk secrets', async () => {
    const other = testKeychainStore();
    await other.write('sms-password', 'other-kiosk');
    await keytar.setPassword(store.service, 'not-a-kiosk-secret', 'x');
    try {
      expect(await store.readAll()).toEqual({});
    } finally {
      await other.clear();
      await keytar.deletePassword(store.service, 'not-a-kiosk-secret');
    }
  });
});
