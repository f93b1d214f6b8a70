// The crash watchdog. A page that (re)loads or a renderer that dies has lost everything the
// parent typed and saw: the main side must forget that kiosk session too, or a crashed page
// could come back to a parent still logged in (S-KIOSK-4). A renderer that dies is brought
// back on the start screen so the kiosk never stays black, with a pause when it keeps dying,
// so a page that crashes on load cannot spin the CPU. A renderer that hangs is killed (Electron
// then reports it gone, which reloads it). Every event is logged. The window may be gone by
// the time a reload runs (the app quitting): a destroyed webContents is left alone.
import { sessionIdOf } from './ipc-binding';
import { KIOSK_START_URL } from './window-policy';

/** The few webContents events and methods used here (structural, so tests pass a fake). */
export interface RendererContentsLike {
  id: number;
  on(event: 'did-start-loading', listener: () => void): unknown;
  on(
    event: 'render-process-gone',
    listener: (event: unknown, details: { reason: string }) => void,
  ): unknown;
  on(event: 'unresponsive', listener: () => void): unknown;
  isDestroyed(): boolean;
  loadURL(url: string): Promise<void>;
  /** Electron then emits 'render-process-gone' (reason "killed" or "crashed"). */
  forcefullyCrashRenderer(): void;
}

export interface RendererLifecycleOptions {
  logError?: (message: string, error: unknown) => void;
  now?: () => number;
  schedule?: (run: () => void, delayMs: number) => void;
}

const CRASH_WINDOW_MS = 60_000;
const CRASHES_BEFORE_PAUSE = 3;
const PAUSE_MS = 30_000;

export function endSessionWithRenderer(
  contents: RendererContentsLike,
  resetSession: (sessionId: string) => Promise<unknown>,
  options: RendererLifecycleOptions = {},
): void {
  const logError = options.logError ?? console.error;
  const now = options.now ?? Date.now;
  const schedule = options.schedule ?? ((run, delayMs) => void setTimeout(run, delayMs));
  let recentCrashes: number[] = [];
  const reset = () =>
    resetSession(sessionIdOf(contents)).catch((error: unknown) =>
      logError('Kiosk session reset failed', error),
    );
  const loadStartScreen = () => {
    if (contents.isDestroyed()) return;
    contents
      .loadURL(KIOSK_START_URL)
      .catch((error: unknown) => logError('Kiosk start screen failed to load', error));
  };
  contents.on('did-start-loading', () => void reset());
  contents.on('render-process-gone', (_event, details) => {
    void reset().then(() => {
      if (details.reason === 'clean-exit') return; // the app is quitting
      if (contents.isDestroyed()) return;
      const at = now();
      recentCrashes = [...recentCrashes.filter((t) => at - t < CRASH_WINDOW_MS), at];
      const delayMs = recentCrashes.length > CRASHES_BEFORE_PAUSE ? PAUSE_MS : 0;
      logError(
        `Kiosk renderer gone (${details.reason}); reloading the start screen` +
          (delayMs > 0 ? ` in ${delayMs / 1000} s (it keeps crashing)` : ''),
        null,
      );
      schedule(loadStartScreen, delayMs);
    });
  });
  contents.on('unresponsive', () => {
    if (contents.isDestroyed()) return;
    logError('Kiosk renderer unresponsive; restarting it on the start screen', null);
    contents.forcefullyCrashRenderer();
  });
}
