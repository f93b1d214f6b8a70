// "Enregistrer en PDF" for the desk's letter, in Electron: a save dialog first (the secretary
// chooses where: a USB key, a shared folder, the Documents folder by default), then the letter,
// built here from its validated blocks, printed to PDF (letter-pdf.ts) and written there. The
// kiosk keeps no copy of its own (S-PWD-4): the file is the secretary's, like a printed sheet.
// Electron's dialog and window arrive as parameters, so unit tests drive this with fakes.
import { basename, join } from 'node:path';
import {
  letterDocument,
  letterFileName,
  type TemporaryPasswordLetter,
} from '../../shared/temporary-password-letter-document';
import type { SaveLetterPdf, SavedLetterPdf } from '../desk/save-letter-pdf';
import { printLetterToPdf, type PdfWindowConstructor } from './letter-pdf';

/** The part of Electron's dialog.showSaveDialog answer this uses. */
export interface SaveDialogAnswer {
  canceled: boolean;
  filePath?: string;
}

export interface SaveDialogRequest {
  title: string;
  defaultPath: string;
  buttonLabel: string;
  filters: { name: string; extensions: string[] }[];
}

export interface LetterPdfSaverDeps {
  showSaveDialog: (request: SaveDialogRequest) => Promise<SaveDialogAnswer>;
  BrowserWindow: PdfWindowConstructor;
  writeFile: (path: string, data: Buffer) => Promise<void>;
  /** Where the dialog opens (Electron's "documents" path). */
  defaultDir: string;
}

export function createLetterPdfSaver(deps: LetterPdfSaverDeps): SaveLetterPdf {
  return async (letter: TemporaryPasswordLetter): Promise<SavedLetterPdf> => {
    const answer = await deps.showSaveDialog({
      title: 'Enregistrer la lettre en PDF',
      defaultPath: join(deps.defaultDir, letterFileName(letter)),
      buttonLabel: 'Enregistrer',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (answer.canceled || !answer.filePath) return { saved: false, fileName: null };
    const pdf = await printLetterToPdf(letterDocument(letter), deps.BrowserWindow);
    await deps.writeFile(answer.filePath, pdf);
    return { saved: true, fileName: basename(answer.filePath) };
  };
}
