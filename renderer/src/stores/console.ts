// The secretariat's console: is it set up, who is logged in, which section is open. Staff
// data the sections load lives in the sections themselves and goes with them; this store is
// emptied by every end of visit (idle reset, "Se déconnecter").
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ConsoleStatus, StaffIdentity } from '../../../shared/console-views';
import type { RequestOf } from '../../../shared/ipc-contract';
import { invoke } from '../bridge/kiosk-client';
import { received, type ReceivedError } from '../format/error-message';
import { forThisVisit } from '../bridge/screen-call';

export const useConsoleStore = defineStore('console', () => {
  const status = shallowRef<ConsoleStatus | null>(null);
  const staff = shallowRef<StaffIdentity | null>(null);
  const section = ref<string | null>(null);
  const busy = ref(false);
  const error = shallowRef<ReceivedError | null>(null);
  const errorSerial = ref(0);

  async function load(): Promise<void> {
    const result = await forThisVisit(() => invoke('console.status', {}));
    if (result === null) return;
    if (result.ok) {
      status.value = result.value;
      staff.value = result.value.staff;
    } else {
      error.value = received(result.error);
    }
  }

  /** Runs a login-like call: busy, error, and the staff member on success. */
  async function enter(call: () => ReturnType<typeof invoke<'console.login'>>): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    error.value = null;
    const result = await forThisVisit(call);
    if (result === null) return false; // the visit ended meanwhile: not for this screen
    busy.value = false;
    if (!result.ok) {
      error.value = received(result.error);
      errorSerial.value += 1;
      return false;
    }
    staff.value = result.value;
    status.value = { setUp: true, staff: result.value };
    return true;
  }

  const createFirstStaff = (request: RequestOf<'console.createFirstStaff'>) =>
    enter(() => invoke('console.createFirstStaff', request));
  const login = (request: RequestOf<'console.login'>) =>
    enter(() => invoke('console.login', request));

  async function logout(): Promise<void> {
    staff.value = null;
    await invoke('console.logout', {});
  }

  /** A console call answered STAFF_NOT_LOGGED_IN (the login idled out): back to the login. */
  function loginLost() {
    staff.value = null;
    if (status.value) status.value = { ...status.value, staff: null };
  }

  /** Logged in on a temporary password: the console shows the password change alone. */
  function passwordChangeRequired() {
    if (staff.value) staff.value = { ...staff.value, mustChangePassword: true };
  }

  /** The staff member chose a new password (forced or not). */
  function passwordChanged(identity: StaffIdentity) {
    staff.value = identity;
    if (status.value) status.value = { ...status.value, staff: identity };
  }

  function clearError() {
    error.value = null;
  }

  function reset() {
    status.value = null;
    staff.value = null;
    section.value = null;
    busy.value = false;
    error.value = null;
  }

  return {
    status,
    staff,
    section,
    busy,
    error,
    errorSerial,
    load,
    createFirstStaff,
    login,
    logout,
    loginLost,
    passwordChangeRequired,
    passwordChanged,
    clearError,
    reset,
  };
});
