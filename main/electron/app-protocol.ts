// The `app://` protocol that serves the built renderer instead of `file://` (S-EL-3).
// Registration must happen before `app` is ready; the handler is installed once it is.
import { protocol } from 'electron';
import { serveAppRequest } from './app-file-server';
import { KIOSK_SCHEME } from './window-policy';

/**
 * Declares `app` a standard, secure scheme so pages get a real origin (`app://kiosk`), a
 * secure context and fetch(). Call at module load of the entry, before `app.whenReady()`.
 */
export const registerAppSchemeAsPrivileged = (): void => {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: KIOSK_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
};

/** Serves `rendererDir` (the built `dist/renderer`) on `app://kiosk/…` (default session). */
export const handleAppProtocol = (rendererDir: string): void => {
  protocol.handle(KIOSK_SCHEME, (request) => serveAppRequest(rendererDir, request));
};
