// Listens for the console's gesture and key chord on the whole window (no element on screen).
import { onBeforeUnmount, onMounted } from 'vue';
import { createCornerTapCounter, isConsoleChord } from './console-entry';

export function useConsoleEntry(open: () => void) {
  const counter = createCornerTapCounter();
  const onPointer = (event: PointerEvent) => {
    if (counter.tap(event.clientX, event.clientY, event.timeStamp)) open();
  };
  const onKey = (event: KeyboardEvent) => {
    if (!isConsoleChord(event)) return;
    event.preventDefault();
    open();
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
