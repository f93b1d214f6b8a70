// The kiosk window with everything that keeps it up: the hardened window itself, the crash and
// hang watchdog (the start screen comes back, the parent's session ends), and, in kiosk mode,
// a close (Alt+F4) that is refused. The entry calls this with Electron's app and BrowserWindow;
// the watchdog test calls it with fakes, so both go through the same wiring.
import {
  createKioskWindow,
  type KioskWindowConstructor,
  type KioskWindowLike,
} from './kiosk-window';
import { keepKioskWindowOpen, type ClosableWindow, type QuittingApp } from './kiosk-close-guard';
import {
  endSessionWithRenderer,
  type RendererContentsLike,
  type RendererLifecycleOptions,
} from './renderer-lifecycle';

export type WatchedKioskWindow = KioskWindowLike &
  ClosableWindow & { readonly webContents: RendererContentsLike };

export interface OpenKioskWindowDeps<W extends WatchedKioskWindow> {
  app: QuittingApp;
  BrowserWindow: KioskWindowConstructor<W>;
  preloadPath: string;
  /** KIOSK_WINDOWED=1: a normal window that closes (development). */
  windowed: boolean;
  title: string;
  /** Ends the kiosk session of a renderer that reloads, crashes or hangs. */
  resetSession: (sessionId: string) => Promise<unknown>;
  watchdog?: RendererLifecycleOptions;
  log?: (message: string) => void;
}

export function openKioskWindow<W extends WatchedKioskWindow>(deps: OpenKioskWindowDeps<W>): W {
  const window = createKioskWindow(
    { preloadPath: deps.preloadPath, windowed: deps.windowed, title: deps.title },
    deps.BrowserWindow,
  );
  endSessionWithRenderer(window.webContents, deps.resetSession, deps.watchdog);
  keepKioskWindowOpen(deps.app, window, {
    kiosk: !deps.windowed,
    ...(deps.log ? { log: deps.log } : {}),
  });
  return window;
}
