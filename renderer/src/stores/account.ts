// The logged-in parent's account view (S-KIOSK-4: gone on logout and on idle reset).
import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { AccountView } from '../../../shared/account-view';
import type { KioskError } from '../../../shared/result';
import { invoke } from '../bridge/kiosk-client';

export const useAccountStore = defineStore('account', () => {
  const account = shallowRef<AccountView | null>(null);

  async function login(identifier: string, password: string): Promise<KioskError | null> {
    const result = await invoke('login.submit', { identifier, password });
    if (!result.ok) return result.error;
    account.value = result.value;
    return null;
  }

  async function logout(): Promise<void> {
    account.value = null;
    await invoke('account.logout', {});
  }

  function reset() {
    account.value = null;
  }

  return { account, login, logout, reset };
});
