// Where the built pieces live, relative to the bundled main (dist/main/electron-main.cjs).
// Derived from the bundle's own directory rather than app.getAppPath(), so it is the same
// whether Electron was started on the project folder, on the .cjs file, or from app.asar.
import { join, resolve } from 'node:path';

export interface KioskAppPaths {
  /** The project (or app.asar) root: the folder holding package.json and dist/. */
  appRoot: string;
  /** The Vite build served on app://kiosk. */
  rendererDir: string;
  /** The sandboxed preload, bundled to one CommonJS file. */
  preloadPath: string;
}

/** `mainBundleDir` is the directory of the running main bundle, i.e. `dist/main`. */
export const kioskAppPaths = (mainBundleDir: string): KioskAppPaths => {
  const appRoot = resolve(mainBundleDir, '..', '..');
  return {
    appRoot,
    rendererDir: join(appRoot, 'dist', 'renderer'),
    preloadPath: join(appRoot, 'dist', 'preload', 'preload.cjs'),
  };
};
