// When the idle countdown runs (S-KIOSK-1): only when there is something to protect. An
// untouched start screen has nothing to reset; anything typed there, any other screen and any
// logged-in parent does.
import type { Screen } from '../stores/ui';

export interface IdleArmedState {
  /** The kiosk status (with its idle delays) is loaded. */
  statusLoaded: boolean;
  screen: Screen;
  loggedIn: boolean;
  /** Something was typed since the last reset. */
  typedSomething: boolean;
}

export function isIdleArmed(state: IdleArmedState): boolean {
  if (!state.statusLoaded) return false;
  return state.screen !== 'login' || state.loggedIn || state.typedSomething;
}
