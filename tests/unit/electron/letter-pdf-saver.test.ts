import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  createLetterPdfSaver,
  type SaveDialogRequest,
} from '../../../main/electron/letter-pdf-saver';
import type { PdfWindow } from '../../../main/electron/letter-pdf';
import { constructorFromFactory } from '../../fakes/constructor-from-factory';
import type { TemporaryPasswordLetter } from '../../../shared/temporary-password-letter-document';

const LETTER: TemporaryPasswordLetter = {
  title: 'Vos identifiants',
  blocks: [
    { kind: 'title', text: 'Vos identifiants' },
    { kind: 'paragraph', text: 'Bonjour Julien BERNARD, <b>pas du HTML</b>' },
    { kind: 'credential', label: 'Identifiant', value: 'julien.bernard1', testId: 'identifier' },
    {
      kind: 'credential',
      label: 'Mot de passe provisoire',
      value: 'k7mp-x3rt-h9wd-f4ae',
      testId: 'password',
    },
  ],
};

/** Electron's dialog, window and fs as fakes: what was asked, loaded, printed and written. */
function fakeElectron(answer: { canceled: boolean; filePath?: string }, printFails = false) {
  const events: string[] = [];
  const dialogs: SaveDialogRequest[] = [];
  const loaded: string[] = [];
  const written = new Map<string, string>();
  const noop = () => undefined;
  const webContents = {
    on: () => webContents,
    setWindowOpenHandler: noop,
    session: {
      setPermissionRequestHandler: noop,
      setPermissionCheckHandler: noop,
      setDevicePermissionHandler: noop,
    },
    printToPDF: async () => {
      events.push('print');
      if (printFails) throw new Error('printer gone');
      return Buffer.from('%PDF-1.7 letter');
    },
  };
  const saver = createLetterPdfSaver({
    showSaveDialog: async (request) => {
      events.push('dialog');
      dialogs.push(request);
      return answer;
    },
    BrowserWindow: constructorFromFactory(
      (_options: BrowserWindowConstructorOptions): PdfWindow => ({
        webContents: webContents as unknown as WebContents,
        loadURL: async (url) => {
          loaded.push(decodeURIComponent(url.replace(/^data:text\/html;charset=utf-8,/u, '')));
        },
        destroy: () => events.push('destroy'),
      }),
    ),
    writeFile: async (path, data) => {
      events.push('write');
      written.set(path, data.toString());
    },
    defaultDir: '/home/secretariat/Documents',
  });
  return { saver, events, dialogs, loaded, written };
}

describe('createLetterPdfSaver (Electron "Enregistrer en PDF")', () => {
  it('asks where to save, in the Documents folder under the identifier, then prints and writes the PDF there', async () => {
    const fake = fakeElectron({ canceled: false, filePath: '/media/cle-usb/lettre-julien.pdf' });
    const saved = await fake.saver(LETTER);
    expect(saved).toEqual({ saved: true, fileName: 'lettre-julien.pdf' });
    expect(fake.events).toEqual(['dialog', 'print', 'destroy', 'write']);
    expect(fake.dialogs[0]).toMatchObject({
      defaultPath: '/home/secretariat/Documents/lettre-julien.bernard1.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(fake.written.get('/media/cle-usb/lettre-julien.pdf')).toBe('%PDF-1.7 letter');
    // The main process builds the document from the blocks: text is escaped, never markup.
    const [html] = fake.loaded;
    expect(html).toContain('julien.bernard1');
    expect(html).toContain('k7mp-x3rt-h9wd-f4ae');
    expect(html).toContain('&lt;b&gt;pas du HTML&lt;/b&gt;');
    expect(html).not.toContain('<script');
  });

  it('S-PWD-4: a closed dialog prints nothing and writes nothing', async () => {
    const fake = fakeElectron({ canceled: true });
    expect(await fake.saver(LETTER)).toEqual({ saved: false, fileName: null });
    expect(fake.events).toEqual(['dialog']);
    expect(fake.written.size).toBe(0);
  });

  it('writes no file when printing fails, and the hidden window is still destroyed', async () => {
    const fake = fakeElectron({ canceled: false, filePath: '/tmp/lettre.pdf' }, true);
    await expect(fake.saver(LETTER)).rejects.toThrow('printer gone');
    expect(fake.events).toEqual(['dialog', 'print', 'destroy']);
    expect(fake.written.size).toBe(0);
  });
});
