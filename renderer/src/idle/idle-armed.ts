// When the idle countdown runs (S-KIOSK-1): only when there is something to protect. An
// untouched start screen has nothing to reset; anything typed (on a physical keyboard or on the
// on-screen keys), any other screen, a logged-in parent, and anything a visitor left in memory
// does: an identity kept after "Retour" back to the start screen, a flow still open.
import type { Screen } from '../stores/ui';

export interface IdleArmedState {
  /** The kiosk status (with its idle delays) is loaded. */
  statusLoaded: boolean;
  screen: Screen;
  loggedIn: boolean;
  /** Something was typed since the last reset. */
  typedSomething: boolean;
  /** An activation or recovery flow is open in the renderer's memory. */
  flowOpen: boolean;
  /** Some of nom, prénom, mobile is still held by the activation store. */
  identityKept: boolean;
}

export function isIdleArmed(state: IdleArmedState): boolean {
  if (!state.statusLoaded) return false;
  return (
    state.screen !== 'login' ||
    state.loggedIn ||
    state.typedSomething ||
    state.flowOpen ||
    state.identityKept
  );
}
