// Actions that span several stores: leave the flow, restart it, go to login after it.
import { closeKeyboard } from '../keyboard/keyboard-state';
import { useActivationStore } from './activation';
import { useKioskStore } from './kiosk';
import { useUiStore } from './ui';

export function useFlowActions() {
  const activation = useActivationStore();
  const ui = useUiStore();
  const kiosk = useKioskStore();

  return {
    /** "Abandonner": end the flow in the main process, forget what was typed, start screen. */
    async abandon() {
      closeKeyboard();
      try {
        await activation.abandon();
      } finally {
        activation.reset();
        kiosk.reset();
        ui.go('login');
      }
    },
    /** "Recommencer": a new flow from the identity form. */
    async restart() {
      closeKeyboard();
      await activation.restart();
      ui.go('activation');
    },
    /** After done / already activated: the login screen with the identifier pre-filled. */
    toLogin(identifier: string) {
      closeKeyboard();
      activation.reset();
      ui.loginPrefill = identifier;
      ui.go('login');
    },
  };
}
