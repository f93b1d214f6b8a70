// Which screen is shown (no router: a kiosk has no URL bar). Activation screens are not listed
// here one by one: the 'activation' screen always shows the component for the flow's view.step,
// and 'lost-identifier' / 'lost-password' likewise for their recovery flow.
import { defineStore } from 'pinia';
import { ref } from 'vue';

export type Screen =
  | 'login'
  | 'lost-identifier'
  | 'lost-password'
  | 'assistance'
  | 'legal'
  | 'create-choice'
  | 'phone-not-registered'
  | 'student'
  | 'activation'
  | 'account'
  | 'change-password'
  /** The secretariat's console (staff only), reached by its gesture or key chord. */
  | 'console';

export const useUiStore = defineStore('ui', () => {
  const screen = ref<Screen>('login');
  /** Identifier to pre-fill on the login screen after "Se connecter" on the done screen. */
  const loginPrefill = ref('');
  /** Bumped by a reset so every screen is re-created with empty local state. */
  const generation = ref(0);
  /** "Abandonner" was pressed where it asks first: the confirmation dialog is open. */
  const abandonAsked = ref(false);

  function go(next: Screen) {
    screen.value = next;
    if (typeof window !== 'undefined') window.scrollTo({ top: 0 });
  }

  function reset() {
    screen.value = 'login';
    loginPrefill.value = '';
    abandonAsked.value = false;
    generation.value += 1;
  }

  return { screen, loginPrefill, generation, abandonAsked, go, reset };
});
