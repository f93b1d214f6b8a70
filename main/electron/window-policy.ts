// Pure decisions behind the kiosk window (security.md S-EL-3): which URLs are ours, whether it
// runs windowed. No Electron here, so unit tests check these without an Electron binary. The
// window's webPreferences (S-EL-1) are written where it is created, in kiosk-window.ts.
/** The custom scheme the renderer is served from (never `file://`). */
export const KIOSK_SCHEME = 'app';
export const KIOSK_HOST = 'kiosk';
export const KIOSK_ORIGIN = `${KIOSK_SCHEME}://${KIOSK_HOST}`;
export const KIOSK_START_URL = `${KIOSK_ORIGIN}/index.html`;

/** Environment variable that turns kiosk/fullscreen mode off (development, demos on a laptop). */
export const KIOSK_WINDOWED_ENV = 'KIOSK_WINDOWED';

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
