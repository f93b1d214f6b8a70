// Creates the one kiosk window: hardened webPreferences (S-EL-1), kiosk + fullscreen unless
// KIOSK_WINDOWED=1, renderer loaded from app://kiosk (S-EL-3).
// The options are written out at `new BrowserWindow({...})` on purpose: Electronegativity
// (S-EL-7) reads them there and cannot follow a helper that returns them. The constructor
// arrives as a parameter (Electron's BrowserWindow in the entry, a fake in unit tests).
import type { BrowserWindowConstructorOptions } from 'electron';
import {
  denyAllPermissions,
  hardenWebContents,
  type HardenableContents,
  type PermissionSession,
} from './contents-policy';
import { KIOSK_START_URL } from './window-policy';

export interface KioskWindowDeps {
  /** Absolute path of the bundled preload (dist/preload/preload.cjs). */
  preloadPath: string;
  /** True for a normal resizable window (development); false for the real kiosk. */
  windowed: boolean;
  title: string;
  /** Painted before the first frame, so the screen never flashes white. */
  backgroundColor?: string;
}

/** The part of a BrowserWindow the kiosk window's creation uses. */
export interface KioskWindowLike {
  readonly webContents: HardenableContents & { readonly session: PermissionSession };
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
}

export type KioskWindowConstructor<W extends KioskWindowLike> = new (
  options: BrowserWindowConstructorOptions,
) => W;

export const createKioskWindow = <W extends KioskWindowLike>(
  deps: KioskWindowDeps,
  BrowserWindow: KioskWindowConstructor<W>,
): W => {
  const window = new BrowserWindow({
    title: deps.title,
    backgroundColor: deps.backgroundColor ?? '#ffffff',
    kiosk: !deps.windowed,
    fullscreen: !deps.windowed,
    width: 1280,
    height: 800,
    autoHideMenuBar: true,
    show: false,
    // S-EL-1, every option spelled out here (nothing is loosened in tests).
    webPreferences: {
      preload: deps.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A middle click would open a link in a new window: the kiosk has no such thing.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Kiosk screens never need DevTools; a touch screen user must not be able to open them.
      devTools: false,
    },
  });
  // The entry applies these to every webContents too; repeating them keeps this window safe
  // on its own.
  hardenWebContents(window.webContents);
  denyAllPermissions(window.webContents.session);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(KIOSK_START_URL);
  return window;
};
