// Listens for the console's gesture and key chord on the whole window (no element on screen).
import { onBeforeUnmount, onMounted } from 'vue';
import { createCornerTapCounter, isConsoleChord } from './console-entry';

/**
 * The console's code, a chunk of its own (the dynamic import is where Vite splits it): nothing of
 * it is fetched until staff use the gesture or the chord, so the parent screens load less.
 */
export const loadConsoleScreen = () => import('./ConsoleScreen.vue');

export function useConsoleEntry(open: () => void) {
  const counter = createCornerTapCounter();
  // The chunk starts downloading with the shortcut, while the parent's visit is being ended.
  const start = () => {
    void loadConsoleScreen().catch(() => undefined);
    open();
  };
  const onPointer = (event: PointerEvent) => {
    if (counter.tap(event.clientX, event.clientY, event.timeStamp)) start();
  };
  const onKey = (event: KeyboardEvent) => {
    if (!isConsoleChord(event)) return;
    event.preventDefault();
    start();
  };
  onMounted(() => {
    window.addEventListener('pointerdown', onPointer, { capture: true, passive: true });
    window.addEventListener('keydown', onKey, { capture: true });
  });
  onBeforeUnmount(() => {
    window.removeEventListener('pointerdown', onPointer, { capture: true });
    window.removeEventListener('keydown', onKey, { capture: true });
  });
}
