// How a host saves the desk's temporary-password letter as a PDF. Only Electron can
// (printToPDF, main/electron/letter-pdf-saver.ts); the browser host has no such capability and
// the letter is printed from its HTML preview there.
import type { TemporaryPasswordLetter } from '../../shared/temporary-password-letter-document';

/** saved false: the secretary closed the save dialog; nothing was written. */
export interface SavedLetterPdf {
  saved: boolean;
  fileName: string | null;
}

export type SaveLetterPdf = (letter: TemporaryPasswordLetter) => Promise<SavedLetterPdf>;
