// Pure decisions behind the kiosk window (security.md S-EL-1, S-EL-3): which URLs are ours,
// which webPreferences the window gets, whether it runs windowed. No Electron at runtime (the
// import below is types only), so unit tests check these without an Electron binary.
import type { WebPreferences } from 'electron';

/** The custom scheme the renderer is served from (never `file://`). */
export const KIOSK_SCHEME = 'app';
export const KIOSK_HOST = 'kiosk';
export const KIOSK_ORIGIN = `${KIOSK_SCHEME}://${KIOSK_HOST}`;
export const KIOSK_START_URL = `${KIOSK_ORIGIN}/index.html`;

/** Environment variable that turns kiosk/fullscreen mode off (development, demos on a laptop). */
export const KIOSK_WINDOWED_ENV = 'KIOSK_WINDOWED';

/** The hardened webPreferences of every kiosk window. Nothing here is loosened in tests. */
export const kioskWebPreferences = (preloadPath: string): WebPreferences => ({
  preload: preloadPath,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  // Kiosk screens never need DevTools; a touch screen user must not be able to open them.
  devTools: false,
});

/**
 * True when `url` belongs to the kiosk's own origin (`app://kiosk/...`). Compared part by part:
 * Node's URL gives non-special schemes an opaque "null" origin, so `.origin` cannot be used.
 */
export const isKioskUrl = (url: string): boolean => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${KIOSK_SCHEME}:` &&
    parsed.hostname === KIOSK_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
};

/** Windowed (not kiosk, not fullscreen) only when KIOSK_WINDOWED=1 is set explicitly. */
export const isWindowedMode = (env: NodeJS.ProcessEnv): boolean => env[KIOSK_WINDOWED_ENV] === '1';
