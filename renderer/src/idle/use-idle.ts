// Wires the idle timer to the page: input events postpone it; the warning shows a modal; the
// end ends the visit. Armed only when there is something to protect (idle-armed.ts).
// "Continuer" puts the focus (and the on-screen keyboard) back where they were.
import { computed, nextTick, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';
import { createIdleTimer } from './idle-timer';
import { endVisit } from '../stores/end-visit';
import { closeKeyboard, keyboardTarget } from '../keyboard/keyboard-state';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

export function useIdle(options: {
  idleSeconds: Ref<number>;
  warningSeconds: Ref<number>;
  armed: Ref<boolean>;
}) {
  const warning = ref(false);
  const secondsLeft = ref(0);
  let countdown: ReturnType<typeof setInterval> | null = null;
  /** Where the parent was when the warning came. */
  let before: { element: HTMLElement | null; keyboardOpen: boolean } | null = null;

  const stopCountdown = () => {
    if (countdown !== null) clearInterval(countdown);
    countdown = null;
  };

  const timer = createIdleTimer({
    idleMs: options.idleSeconds.value * 1000,
    warningMs: options.warningSeconds.value * 1000,
    onWarning() {
      const active = document.activeElement;
      before = {
        element: active instanceof HTMLElement && active !== document.body ? active : null,
        keyboardOpen: keyboardTarget.value !== null,
      };
      warning.value = true;
      const ends = Date.now() + options.warningSeconds.value * 1000;
      secondsLeft.value = options.warningSeconds.value;
      stopCountdown();
      countdown = setInterval(() => {
        secondsLeft.value = Math.max(0, Math.ceil((ends - Date.now()) / 1000));
      }, 1000);
    },
    onReset() {
      warning.value = false;
      stopCountdown();
      before = null;
      void endVisit();
    },
  });

  const onInput = () => timer.activity();

  async function keepGoing() {
    warning.value = false;
    stopCountdown();
    timer.continue();
    const back = before;
    before = null;
    // The page is inert until the dialog is gone: focus after the next render.
    await nextTick();
    if (!back?.element?.isConnected) return;
    back.element.focus({ preventScroll: true });
    if (!back.keyboardOpen) closeKeyboard();
  }

  watch(
    () => [options.idleSeconds.value, options.warningSeconds.value] as const,
    ([idle, warn]) => timer.configure(idle * 1000, warn * 1000),
  );

  watch(
    options.armed,
    (armed) => {
      if (armed && timer.phase === 'stopped') timer.start();
      if (!armed && timer.phase === 'active') timer.stop();
    },
    { immediate: true },
  );

  onMounted(() => {
    for (const name of INPUT_EVENTS) {
      window.addEventListener(name, onInput, { capture: true, passive: true });
    }
  });

  onBeforeUnmount(() => {
    for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true });
    timer.stop();
    stopCountdown();
  });

  return { warning: computed(() => warning.value), secondsLeft, keepGoing };
}
