// Wires the idle timer to the page: input events postpone it; the warning shows a modal; the
// end resets the kiosk. Armed only when there is something to protect (not on an untouched
// start screen).
import { computed, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';
import { createIdleTimer } from './idle-timer';
import { resetKiosk } from './reset-kiosk';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

export function useIdle(options: {
  idleSeconds: Ref<number>;
  warningSeconds: Ref<number>;
  armed: Ref<boolean>;
}) {
  const warning = ref(false);
  const secondsLeft = ref(0);
  let countdown: ReturnType<typeof setInterval> | null = null;

  const stopCountdown = () => {
    if (countdown !== null) clearInterval(countdown);
    countdown = null;
  };

  const timer = createIdleTimer({
    idleMs: options.idleSeconds.value * 1000,
    warningMs: options.warningSeconds.value * 1000,
    onWarning() {
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
      void resetKiosk();
    },
  });

  const onInput = () => timer.activity();

  function keepGoing() {
    warning.value = false;
    stopCountdown();
    timer.continue();
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
