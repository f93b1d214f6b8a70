// How staff reach the console from the kiosk without any visible control on the parents'
// screens (docs/operators/secretariat-console.md): five taps within three seconds in the
// top-left corner of the screen, or Ctrl+Alt+S on a keyboard. Pure, so it is unit-tested.

export const CORNER_SIZE_PX = 80;
export const CORNER_TAPS = 5;
export const CORNER_WINDOW_MS = 3000;

/** Counts taps in the top-left corner; true on the tap that completes the gesture. */
export function createCornerTapCounter(
  taps = CORNER_TAPS,
  windowMs = CORNER_WINDOW_MS,
  cornerPx = CORNER_SIZE_PX,
) {
  let times: number[] = [];
  return {
    tap(x: number, y: number, atMs: number): boolean {
      if (x > cornerPx || y > cornerPx) {
        times = [];
        return false;
      }
      times = [...times.filter((t) => atMs - t < windowMs), atMs];
      if (times.length < taps) return false;
      times = [];
      return true;
    },
  };
}

/** Ctrl+Alt+S (the physical S key, whatever the layout: AZERTY and QWERTY agree on it). */
export const isConsoleChord = (event: {
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
  code: string;
}): boolean =>
  event.ctrlKey && event.altKey && !event.shiftKey && !event.metaKey && event.code === 'KeyS';
