// Electron's printToPDF for the desk's temporary-password letter: the letter's standalone HTML
// (shared/temporary-password-letter-document.ts) is laid out in a hidden, script-less window
// and printed to one A4 page. Types only from Electron: the constructor is a parameter, so tests
// drive it with a fake window.
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { denyAllPermissions, hardenWebContents } from './contents-policy';

/** The part of a BrowserWindow this helper uses. */
export interface PdfWindow {
  webContents: WebContents;
  loadURL(url: string): Promise<void>;
  destroy(): void;
}

/** Electron's BrowserWindow in the entry, a fake in unit tests. */
export type PdfWindowConstructor = new (options: BrowserWindowConstructorOptions) => PdfWindow;

export const LETTER_PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  landscape: false,
  // The document's @page rule sets the margins.
  preferCSSPageSize: true,
} as const;

/**
 * Prints the letter to a PDF and closes its window whatever happens, so the temporary password
 * does not stay in a hidden window's memory.
 */
export async function printLetterToPdf(
  html: string,
  BrowserWindow: PdfWindowConstructor,
): Promise<Buffer> {
  // Hidden and locked down (S-EL-1): the letter needs neither script nor Node nor a preload.
  // Written out here so Electronegativity (S-EL-7) reads them where the window is created.
  const window = new BrowserWindow({
    show: false,
    width: 794, // A4 at 96 dpi
    height: 1123,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  try {
    hardenWebContents(window.webContents);
    denyAllPermissions(window.webContents.session);
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await window.webContents.printToPDF(LETTER_PDF_OPTIONS);
  } finally {
    window.destroy();
  }
}
