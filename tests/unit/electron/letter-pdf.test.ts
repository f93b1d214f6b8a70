import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  LETTER_PDF_OPTIONS,
  printLetterToPdf,
  type PdfWindow,
} from '../../../main/electron/letter-pdf';
import { constructorFromFactory } from '../../fakes/constructor-from-factory';

const HTML =
  '<!doctype html><html lang="fr"><body><p>Identifiant : patrick.dupont1 é</p></body></html>';

/** A fake BrowserWindow: records what was loaded and printed, and whether it was destroyed. */
function fakeWindow(options: { printFails?: boolean } = {}) {
  const events: string[] = [];
  const permissionHandlers: unknown[] = [];
  const webContents = {
    on: () => webContents,
    setWindowOpenHandler: () => undefined,
    session: {
      setPermissionRequestHandler: (h: unknown) => permissionHandlers.push(h),
      setPermissionCheckHandler: (h: unknown) => permissionHandlers.push(h),
      setDevicePermissionHandler: (h: unknown) => permissionHandlers.push(h),
    },
    printToPDF: vi.fn(async (printOptions: unknown) => {
      events.push(`print ${JSON.stringify(printOptions)}`);
      if (options.printFails) throw new Error('printer gone');
      return Buffer.from('%PDF-1.7');
    }),
  };
  let created: BrowserWindowConstructorOptions | undefined;
  const window: PdfWindow = {
    webContents: webContents as unknown as WebContents,
    loadURL: async (url) => {
      events.push(`load ${url}`);
    },
    destroy: () => events.push('destroy'),
  };
  const create = constructorFromFactory((o: BrowserWindowConstructorOptions) => {
    created = o;
    return window;
  });
  return { create, events, created: () => created, permissionHandlers };
}

describe('printLetterToPdf', () => {
  it('lays the letter out in a hidden script-less window, prints A4, then destroys the window', async () => {
    const fake = fakeWindow();
    const pdf = await printLetterToPdf(HTML, fake.create);
    expect(pdf.toString()).toBe('%PDF-1.7');
    expect(fake.created()).toMatchObject({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        // S-EL-7: no middle-click new windows.
        disableBlinkFeatures: 'Auxclick',
      },
    });
    expect(fake.events).toEqual([
      `load data:text/html;charset=utf-8,${encodeURIComponent(HTML)}`,
      `print ${JSON.stringify(LETTER_PDF_OPTIONS)}`,
      'destroy',
    ]);
    expect(LETTER_PDF_OPTIONS.pageSize).toBe('A4');
    // S-EL-3: the hidden window denies permissions like the kiosk's own.
    expect(fake.permissionHandlers.length).toBeGreaterThan(0);
  });

  it('destroys the window even when printing fails', async () => {
    const fake = fakeWindow({ printFails: true });
    await expect(printLetterToPdf(HTML, fake.create)).rejects.toThrow('printer gone');
    expect(fake.events.at(-1)).toBe('destroy');
  });
});
