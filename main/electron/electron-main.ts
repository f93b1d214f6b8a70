// The Electron entry (bundled to dist/main/electron-main.cjs): app lifecycle only. The core
// is built by composeKiosk (Electron-free); this file wires it to the window and to IPC.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { composeKiosk } from '../app/compose-kiosk';
import { createKeychainSecretStore } from '../secrets/keychain-secret-store';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './app-protocol';
import { kioskAppPaths } from './app-paths';
import { createLetterPdfSaver } from './letter-pdf-saver';
import { denyAllPermissions, hardenWebContents } from './contents-policy';
import { bindIpc } from './ipc-binding';
import { createKioskWindow } from './kiosk-window';
import { endSessionWithRenderer } from './renderer-lifecycle';
import { STARTUP_ERROR_TITLE, startupErrorMessage } from './startup-error';
import { isWindowedMode } from './window-policy';

const WINDOW_TITLE = 'Kiosque d’activation des comptes';
const USER_DATA_FOLDER = 'kiosque-activation';

const start = async (): Promise<void> => {
  await app.whenReady();
  // No menu: removes the default reload / DevTools accelerators a kiosk user could press.
  Menu.setApplicationMenu(null);
  denyAllPermissions(session.defaultSession);

  const paths = kioskAppPaths(__dirname);
  const dataDir = process.env.KIOSK_DATA_DIR || app.getPath('userData');
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
      createWindow: (options) => new BrowserWindow(options),
      writeFile: (path, data) => writeFile(path, data),
      defaultDir: app.getPath('documents'),
    }),
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
    const window = createKioskWindow({
      preloadPath: paths.preloadPath,
      windowed: isWindowedMode(process.env),
      title: WINDOW_TITLE,
    });
    endSessionWithRenderer(window.webContents, (sessionId) =>
      kiosk.handlers['session.reset']({ sessionId }, {}),
    );
    return window;
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

// One kiosk per machine: a second launch focuses the running window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A plain folder name a school's IT person can type (the product name has spaces and an
  // apostrophe): ~/.config/kiosque-activation, %APPDATA%\kiosque-activation.
  app.setPath('userData', join(app.getPath('appData'), USER_DATA_FOLDER));
  registerAppSchemeAsPrivileged(); // must precede 'ready'
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  // Every webContents, including any the app did not create itself, stays on app://kiosk.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  start().catch(failStartup);
}
