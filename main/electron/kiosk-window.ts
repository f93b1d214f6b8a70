// Creates the one kiosk window: hardened webPreferences (S-EL-1), kiosk + fullscreen unless
// KIOSK_WINDOWED=1, renderer loaded from app://kiosk (S-EL-3).
import { BrowserWindow } from 'electron';
import { denyAllPermissions, hardenWebContents } from './contents-policy';
import { KIOSK_START_URL, kioskWebPreferences } from './window-policy';

export interface KioskWindowDeps {
  /** Absolute path of the bundled preload (dist/preload/preload.cjs). */
  preloadPath: string;
  /** True for a normal resizable window (development); false for the real kiosk. */
  windowed: boolean;
  title: string;
  /** Painted before the first frame, so the screen never flashes white. */
  backgroundColor?: string;
}

export const createKioskWindow = (deps: KioskWindowDeps): BrowserWindow => {
  const window = new BrowserWindow({
    title: deps.title,
    backgroundColor: deps.backgroundColor ?? '#ffffff',
    kiosk: !deps.windowed,
    fullscreen: !deps.windowed,
    width: 1280,
    height: 800,
    autoHideMenuBar: true,
    show: false,
    webPreferences: kioskWebPreferences(deps.preloadPath),
  });
  // The entry applies these to every webContents too; repeating them keeps this window safe
  // on its own.
  hardenWebContents(window.webContents);
  denyAllPermissions(window.webContents.session);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(KIOSK_START_URL);
  return window;
};
