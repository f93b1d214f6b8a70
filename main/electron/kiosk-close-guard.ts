// In kiosk mode the window cannot be closed by the person in front of it: Alt+F4 (or a close
// from the window manager) would end the only window and so the kiosk. The kiosk has no "quit"
// for staff either: the school's IT person stops it from the operating system (see
// docs: quitting the kiosk), which quits the app, and then the window closes normally.
// Structural types, so unit tests drive this with fakes.

/** The part of Electron's app this uses. */
export interface QuittingApp {
  on(event: 'before-quit', listener: () => void): unknown;
}

/** The part of the kiosk BrowserWindow this uses. */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'session-end', listener: () => void): unknown;
}

export interface CloseGuardOptions {
  /** False for the windowed development mode (KIOSK_WINDOWED=1), where closing quits. */
  kiosk: boolean;
  log?: (message: string) => void;
}

export function keepKioskWindowOpen(
  app: QuittingApp,
  window: ClosableWindow,
  options: CloseGuardOptions,
): void {
  if (!options.kiosk) return;
  const log = options.log ?? console.log;
  // The app quits (SIGTERM from the OS, a log-out, a shut-down): let the window go.
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  // Windows ends the session (shut-down, log-off) without always passing by before-quit.
  window.on('session-end', () => {
    quitting = true;
  });
  window.on('close', (event) => {
    if (quitting) return;
    event.preventDefault();
    log('Kiosk window close refused (kiosk mode: the kiosk is stopped from the OS)');
  });
}
