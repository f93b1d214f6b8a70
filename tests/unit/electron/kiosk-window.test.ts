// The kiosk window as the entry opens it (openKioskWindow), with a fake BrowserWindow: its
// options (S-EL-1, S-EL-7), the crash and hang watchdog, and the close refused in kiosk mode.
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { openKioskWindow } from '../../../main/electron/open-kiosk-window';
import { KIOSK_START_URL } from '../../../main/electron/window-policy';
import { constructorFromFactory } from '../../fakes/constructor-from-factory';

/** A webContents as Electron documents it: a forced crash reports the renderer gone. */
class FakeContents extends EventEmitter {
  id = 3;
  loaded: string[] = [];
  destroyed = false;
  windowOpenHandler: unknown = null;
  session = {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
  };
  setWindowOpenHandler(handler: unknown) {
    this.windowOpenHandler = handler;
  }
  async loadURL(url: string) {
    this.loaded.push(url);
  }
  isDestroyed() {
    return this.destroyed;
  }
  forcefullyCrashRenderer() {
    this.emit('render-process-gone', {}, { reason: 'killed' });
  }
}

class FakeWindow extends EventEmitter {
  readonly webContents = new FakeContents();
  shown = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  show() {
    this.shown = true;
  }
  loadURL(url: string) {
    return this.webContents.loadURL(url);
  }
  /** What Alt+F4 does: a 'close' event the listeners may cancel. */
  tryClose(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    return !prevented;
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

function open(windowed = false) {
  const app = new EventEmitter();
  const logged: string[] = [];
  const resets: string[] = [];
  const window = openKioskWindow({
    app,
    BrowserWindow: constructorFromFactory((options) => new FakeWindow(options)),
    preloadPath: '/opt/kiosque/resources/app.asar/dist/preload/preload.cjs',
    windowed,
    title: 'Kiosque',
    resetSession: async (id) => resets.push(id),
    watchdog: { logError: (message) => logged.push(message), schedule: (run) => run() },
    log: (message) => logged.push(message),
  });
  return { app, window, logged, resets };
}

describe('the kiosk window (S-EL-1, S-EL-7)', () => {
  it('is isolated, sandboxed, without Node, and refuses middle-click new windows', () => {
    const { window } = open();
    expect(window.options.webPreferences).toEqual({
      preload: '/opt/kiosque/resources/app.asar/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: false,
    });
    expect(window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('is a fullscreen kiosk that loads app://kiosk, unless windowed', () => {
    const { window } = open();
    expect(window.options).toMatchObject({ kiosk: true, fullscreen: true, show: false });
    expect(window.webContents.loaded).toEqual([KIOSK_START_URL]);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
    expect(open(true).window.options).toMatchObject({ kiosk: false, fullscreen: false });
  });
});

describe('the crash and hang watchdog, through the window the entry opens', () => {
  it('brings a crashed renderer back on the start screen, ends its session, logs it', async () => {
    const { window, logged, resets } = open();
    window.webContents.loaded = [];
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    await settle();
    expect(resets).toEqual(['webcontents-3']);
    expect(window.webContents.loaded).toEqual([KIOSK_START_URL]);
    expect(logged).toContain('Kiosk renderer gone (crashed); reloading the start screen');
  });

  it('kills a hung renderer and brings it back on the start screen', async () => {
    const { window, logged } = open();
    window.webContents.loaded = [];
    window.webContents.emit('unresponsive');
    await settle();
    expect(logged).toContain('Kiosk renderer unresponsive; restarting it on the start screen');
    expect(window.webContents.loaded).toEqual([KIOSK_START_URL]);
  });

  it('does not touch a destroyed window', async () => {
    const { window } = open();
    window.webContents.loaded = [];
    window.webContents.destroyed = true;
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    window.webContents.emit('unresponsive');
    await settle();
    expect(window.webContents.loaded).toEqual([]);
  });
});

describe('closing the kiosk window', () => {
  it('is refused in kiosk mode (Alt+F4), and logged', () => {
    const { window, logged } = open();
    expect(window.tryClose()).toBe(false);
    expect(logged).toContain(
      'Kiosk window close refused (kiosk mode: the kiosk is stopped from the OS)',
    );
  });

  it('is allowed once the app quits (the OS stops the kiosk) or the session ends', () => {
    const quitting = open();
    quitting.app.emit('before-quit');
    expect(quitting.window.tryClose()).toBe(true);
    const loggingOff = open();
    loggingOff.window.emit('session-end');
    expect(loggingOff.window.tryClose()).toBe(true);
  });

  it('is allowed in the windowed development mode', () => {
    expect(open(true).window.tryClose()).toBe(true);
  });
});
