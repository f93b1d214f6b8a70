// The idle reset (S-KIOSK-1/4) and the end of every session: end flows and login in the main
// process, forget every store and typed value, clear web storage, caches and IndexedDB.
import { invoke } from '../bridge/kiosk-client';
import { closeKeyboard } from '../keyboard/keyboard-state';
import { useAccountStore } from '../stores/account';
import { useActivationStore } from '../stores/activation';
import { useKioskStore } from '../stores/kiosk';
import { useUiStore } from '../stores/ui';

export async function clearBrowserStorage(): Promise<void> {
  try {
    localStorage.clear();
  } catch {
    /* storage may be disabled */
  }
  try {
    sessionStorage.clear();
  } catch {
    /* storage may be disabled */
  }
  try {
    if (typeof caches !== 'undefined') {
      const keys = await caches.keys();
      await Promise.all(keys.map((key) => caches.delete(key)));
    }
  } catch {
    /* Cache Storage unavailable (insecure context) */
  }
  try {
    if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function') {
      const databases = await indexedDB.databases();
      for (const database of databases) {
        if (database.name) indexedDB.deleteDatabase(database.name);
      }
    }
  } catch {
    /* IndexedDB unavailable */
  }
}

export async function resetKiosk(): Promise<void> {
  closeKeyboard();
  if (typeof document !== 'undefined' && document.activeElement instanceof HTMLElement) {
    document.activeElement.blur();
  }
  useActivationStore().reset();
  useAccountStore().reset();
  useKioskStore().reset();
  useUiStore().reset();
  await clearBrowserStorage();
  await invoke('session.reset', {});
}
