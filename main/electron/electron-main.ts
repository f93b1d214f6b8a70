// The Electron entry (bundled to dist/main/electron-main.cjs): app lifecycle only. The core
// is built by composeKiosk (Electron-free); this file wires it to the window and to IPC. Each
// piece of wiring lives in a module of its own that takes Electron's objects as parameters,
// so unit tests drive it with fakes (no Electron binary is needed to test it).
import { existsSync, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { composeKiosk } from '../app/compose-kiosk';
import { createKeychainSecretStore } from '../secrets/keychain-secret-store';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './app-protocol';
import { kioskAppPaths } from './app-paths';
import { handleDownloads } from './download-policy';
import { createLetterPdfSaver } from './letter-pdf-saver';
import { denyAllPermissions, hardenWebContents } from './contents-policy';
import { bindIpc, sessionIdOf } from './ipc-binding';
import { createSilentTicketPrint } from './ticket-printer';
import { openKioskWindow } from './open-kiosk-window';
import { claimSingleInstance } from './single-instance';
import { STARTUP_ERROR_TITLE, startupErrorMessage } from './startup-error';
import { isWindowedMode } from './window-policy';

const WINDOW_TITLE = 'Kiosque d’activation des comptes';

let kioskWindow: BrowserWindow | undefined;

const start = async (): Promise<void> => {
  await app.whenReady();
  // No menu: removes the default reload / DevTools accelerators a kiosk user could press.
  Menu.setApplicationMenu(null);
  denyAllPermissions(session.defaultSession);

  const paths = kioskAppPaths(__dirname);
  const dataDir = process.env.KIOSK_DATA_DIR || app.getPath('userData');
  // The console's CSV export goes to <data>/exports/, never through a save dialog.
  handleDownloads(session.defaultSession, {
    dataDir,
    makeDirectory: (path) => mkdirSync(path, { recursive: true }),
    exists: existsSync,
  });
  const kiosk = await composeKiosk({
    dataDir,
    env: process.env,
    secretStore: createKeychainSecretStore(),
    // "Enregistrer en PDF" on the desk's letter: a save dialog over the kiosk's window.
    saveLetterPdf: createLetterPdfSaver({
      showSaveDialog: (request) => {
        const parent = BrowserWindow.getFocusedWindow();
        return parent ? dialog.showSaveDialog(parent, request) : dialog.showSaveDialog(request);
      },
      BrowserWindow,
      writeFile: (path, data) => writeFile(path, data),
      defaultDir: app.getPath('documents'),
    }),
    // "Imprimer mon identifiant": the kiosk page of the calling session, to the kiosk's printer.
    silentTicketPrint: createSilentTicketPrint((sessionId) =>
      kioskWindow &&
      !kioskWindow.isDestroyed() &&
      sessionIdOf(kioskWindow.webContents) === sessionId
        ? kioskWindow.webContents
        : undefined,
    ),
  });
  app.on('will-quit', () => kiosk.close());
  for (const notice of kiosk.notices) console.log(notice);
  for (const warning of kiosk.warnings) console.warn(warning);
  void kiosk
    .checkSms()
    .then((sms) =>
      sms.ready ? console.log(sms.message) : console.warn(`WARNING: ${sms.message}`),
    );

  handleAppProtocol(paths.rendererDir);
  bindIpc(ipcMain, kiosk.call);

  const openWindow = (): BrowserWindow => {
    kioskWindow = openKioskWindow({
      app,
      BrowserWindow,
      preloadPath: paths.preloadPath,
      windowed: isWindowedMode(process.env),
      title: WINDOW_TITLE,
      resetSession: (sessionId) => kiosk.handlers['session.reset']({ sessionId }, {}),
    });
    return kioskWindow;
  };
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
};

const failStartup = (error: unknown): void => {
  console.error('Kiosk startup failed:', error);
  dialog.showErrorBox(STARTUP_ERROR_TITLE, startupErrorMessage(error));
  app.exit(1);
};

// One kiosk per machine (the lock in userData): a second launch focuses the running window.
if (!claimSingleInstance(app, () => kioskWindow)) {
  app.quit();
} else {
  registerAppSchemeAsPrivileged(); // must precede 'ready'
  // Every webContents, including any the app did not create itself, stays on app://kiosk.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  start().catch(failStartup);
}
