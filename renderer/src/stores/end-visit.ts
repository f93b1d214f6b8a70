// The end of a visit, whatever ends it: the idle reset (S-KIOSK-1/4), "Abandonner" (whose flow
// session.reset ends), "Se déconnecter" (after the logout), "J'ai terminé". One function so
// that every way out forgets the same things: every store, the typed values, the demo phone's
// messages, web storage, Cache Storage and IndexedDB (S-KIOSK-2), and the session in the main
// process (every flow and login of this kiosk session).
import { holdCallsDuring, invoke } from '../bridge/kiosk-client';
import { closeKeyboard } from '../keyboard/keyboard-state';
import { resetVisitLanguage } from '../i18n/visit-language';
import { useAccountStore } from './account';
import { useActivationStore } from './activation';
import { useConsoleStore } from './console';
import { useKioskStore } from './kiosk';
import { useRecoveryStore } from './recovery';
import { useUiStore } from './ui';
import { beginNextVisit } from './visit-epoch';

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

/**
 * session.reset, tried twice. If both fail, the main process still ends an idle login by itself,
 * and the flow when its lifetime ends or the next visitor starts one.
 */
async function resetSession(): Promise<boolean> {
  for (let attempt = 1; attempt <= 2; attempt++) {
    let reason: string;
    try {
      const result = await invoke('session.reset', {});
      if (result.ok) return true;
      reason = result.error.code;
    } catch {
      reason = 'no answer';
    }
    // English, no personal data: only the error code.
    console.error(
      attempt === 1
        ? `session.reset failed (${reason}); retrying once`
        : `session.reset failed again (${reason}); the main process will expire the session itself`,
    );
  }
  return false;
}

/** Ends the visit: back to an empty start screen. Resolves false if session.reset failed. */
export async function endVisit(): Promise<boolean> {
  beginNextVisit(); // answers still on their way are the previous parent's: dropped
  closeKeyboard();
  resetVisitLanguage(); // the next parent, and the console, start in French
  if (typeof document !== 'undefined' && document.activeElement instanceof HTMLElement) {
    document.activeElement.blur();
  }
  useActivationStore().reset();
  useAccountStore().reset();
  useRecoveryStore().reset();
  useConsoleStore().reset();
  useKioskStore().reset();
  useUiStore().reset();
  const reset = clearBrowserStorage().then(resetSession);
  holdCallsDuring(reset);
  return reset;
}

/**
 * "Se déconnecter" (S-KIOSK-4): the main process's logout, and the end of the visit started at
 * the same moment. Every store and the screen reset together (one render of the start screen),
 * so the login screen is not drawn twice and what the next parent starts typing stays.
 */
export async function logOutAndEndVisit(): Promise<boolean> {
  const loggedOut = invoke('account.logout', {}).catch(() => undefined);
  const ended = await endVisit();
  await loggedOut;
  return ended;
}
