// Actions that span several stores: leave the flow, restart it, go to login after it, end the
// visit.
import { closeKeyboard } from '../keyboard/keyboard-state';
import { useActivationStore } from './activation';
import { endVisit } from './end-visit';
import { useUiStore } from './ui';

export function useFlowActions() {
  const activation = useActivationStore();
  const ui = useUiStore();

  return {
    /**
     * "Abandonner" / "Retour à l'accueil": the visit ends at once, even while a call (a slow SMS
     * send) is still running; its session.reset ends the flow in the main process.
     */
    async abandon() {
      ui.abandonAsked = false;
      await endVisit();
    },
    /**
     * "Recommencer" (and "Modifier mon numéro"): a new flow from the identity form, with what
     * was typed unless `keepIdentity` is false.
     */
    async restart(keepIdentity = true) {
      closeKeyboard();
      await activation.restart(keepIdentity);
      ui.go('activation');
    },
    /** After done / already activated: the login screen with the identifier pre-filled. */
    toLogin(identifier: string) {
      closeKeyboard();
      activation.reset();
      ui.loginPrefill = identifier;
      ui.go('login');
    },
    /** "J'ai terminé": the visit ends, nothing of it stays on screen. */
    finish() {
      return endVisit();
    },
  };
}
