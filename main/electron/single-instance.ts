// One kiosk per machine. The lock lives in Electron's userData folder, so that folder is set
// first: taken before, the lock would sit in a second folder named after the product, and a
// kiosk started under another name (a renamed shortcut, the .deb next to an AppImage) would not
// see it. Electron's app arrives structurally, so unit tests drive this with a fake.
import { join } from 'node:path';

/** A plain folder name a school's IT person can type (the product name has spaces). */
export const USER_DATA_FOLDER = 'kiosque-activation';

/** The part of Electron's app this uses. */
export interface SingleInstanceApp {
  getPath(name: 'appData'): string;
  setPath(name: 'userData', path: string): void;
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
}

/** The part of the kiosk window a second launch brings forward. */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

/**
 * Sets userData to ~/.config/kiosque-activation (%APPDATA%\kiosque-activation), then takes
 * the single-instance lock. False when another kiosk already runs: the caller quits, and the
 * running kiosk brings its window forward.
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  kioskWindow: () => FocusableWindow | undefined,
): boolean {
  app.setPath('userData', join(app.getPath('appData'), USER_DATA_FOLDER));
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = kioskWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  return true;
}
