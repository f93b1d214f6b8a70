// Navigation, window and permission denial for every webContents and session (S-EL-3).
// Types only from Electron, so tests drive these functions with plain fake objects.
import type { Session, WebContents } from 'electron';
import { isKioskUrl } from './window-policy';

type CancellableNavigation = { readonly url: string; preventDefault(): void };

/** The part of a webContents the policy sets (Electron's WebContents, or a test's fake). */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: CancellableNavigation) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: CancellableNavigation) => void): unknown;
  on(event: 'will-redirect', listener: (event: CancellableNavigation) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler: WebContents['setWindowOpenHandler'];
}

/** The part of a session the permission policy sets. */
export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/**
 * Keeps a webContents on the kiosk origin: off-origin navigations and redirects are
 * cancelled, `window.open` is denied, `<webview>` never attaches. Nothing is handed to the
 * operating system to open either (S-EL-5).
 */
export const hardenWebContents = (contents: HardenableContents): void => {
  contents.on('will-navigate', (event) => {
    if (!isKioskUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isKioskUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isKioskUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
};

/** Denies every permission request and check (camera, geolocation, notifications, …). */
export const denyAllPermissions = (target: PermissionSession): void => {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
};
