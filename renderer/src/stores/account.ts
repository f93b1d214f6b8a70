// The logged-in parent's account view (S-KIOSK-4: gone on logout and on idle reset), and the
// login form's state: busy, the fields left empty, the last error.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { AccountView } from '../../../shared/account-view';
import { invoke } from '../bridge/kiosk-client';
import { received, type ReceivedError } from '../format/error-message';
import { missingLoginFields, type LoginField } from '../format/login-input';
import { forThisVisit } from '../bridge/screen-call';

export const useAccountStore = defineStore('account', () => {
  const account = shallowRef<AccountView | null>(null);
  const busy = ref(false);
  /** The main process's answer to the last login (LOGIN_FAILED, LOGIN_THROTTLED…). */
  const error = shallowRef<ReceivedError | null>(null);
  /** Fields left empty at the last "Se connecter" (checked here, named on their field). */
  const missing = ref<LoginField[]>([]);
  /** Bumped by every refused login: the screen moves the focus to the right field. */
  const errorSerial = ref(0);

  async function login(identifier: string, password: string): Promise<boolean> {
    if (busy.value) return false;
    error.value = null;
    missing.value = missingLoginFields(identifier, password);
    if (missing.value.length > 0) {
      errorSerial.value += 1;
      return false;
    }
    busy.value = true;
    const result = await forThisVisit(() => invoke('login.submit', { identifier, password }));
    // Reset while the password was checked: the next visitor must not find this account open.
    if (result === null) return false;
    busy.value = false;
    if (!result.ok) {
      error.value = received(result.error);
      errorSerial.value += 1;
      return false;
    }
    account.value = result.value;
    return true;
  }

  /** A field typed into again: its "Saisissez…" message goes. */
  function fieldEdited(field: LoginField) {
    if (missing.value.includes(field)) missing.value = missing.value.filter((f) => f !== field);
  }

  /** The answer to the last password change (shown on the change screen). */
  const changeError = shallowRef<ReceivedError | null>(null);
  const changeErrorSerial = ref(0);
  /** Set after a successful change: the account screen says so once. */
  const passwordChanged = ref(false);

  /**
   * "Changer mon mot de passe" (currentPassword given) or the forced change of a temporary
   * password (not given). True once the main process replaced it.
   */
  async function changePassword(
    password: string,
    confirmation: string,
    currentPassword?: string,
  ): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    changeError.value = null;
    const result = await forThisVisit(() =>
      invoke('account.changePassword', {
        password,
        confirmation,
        ...(currentPassword === undefined ? {} : { currentPassword }),
      }),
    );
    if (result === null) return false; // the visit ended meanwhile: not for this screen
    busy.value = false;
    if (!result.ok) {
      if (result.error.code === 'NOT_LOGGED_IN') account.value = null;
      changeError.value = received(result.error);
      changeErrorSerial.value += 1;
      return false;
    }
    account.value = result.value;
    passwordChanged.value = true;
    return true;
  }

  /** Leaving the login screen: its messages go. */
  function clearLoginErrors() {
    error.value = null;
    missing.value = [];
  }

  function reset() {
    account.value = null;
    busy.value = false;
    changeError.value = null;
    passwordChanged.value = false;
    clearLoginErrors();
  }

  return {
    account,
    busy,
    error,
    missing,
    errorSerial,
    login,
    fieldEdited,
    changeError,
    changeErrorSerial,
    passwordChanged,
    changePassword,
    clearLoginErrors,
    reset,
  };
});
