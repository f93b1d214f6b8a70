// The identifier ticket's silent print under Electron: the calling kiosk page is printed to the
// kiosk's printer (the `ticketPrinter` setting) with no dialog. The page's print stylesheet
// shows the ticket alone (renderer/src/components/identifier-ticket.css), at the printer's own
// paper size (80 mm roll or A4). Only the page of the calling session is printed.
// Structural types, so unit tests drive this with a fake webContents.
import type { SilentTicketPrint } from '../printing/ticket-handlers';

/** The part of Electron's WebContents this uses. */
export interface PrintableContents {
  isDestroyed(): boolean;
  print(
    options: { silent: boolean; deviceName: string; printBackground: boolean },
    callback: (success: boolean, failureReason: string) => void,
  ): void;
}

/** `contentsOf` answers the kiosk page of a session, or undefined for any other session. */
export function createSilentTicketPrint(
  contentsOf: (sessionId: string) => PrintableContents | undefined,
): SilentTicketPrint {
  return ({ sessionId, deviceName }) =>
    new Promise<void>((resolve, reject) => {
      const contents = contentsOf(sessionId);
      if (!contents || contents.isDestroyed()) {
        reject(new Error(`no kiosk page for ${sessionId}`));
        return;
      }
      contents.print({ silent: true, deviceName, printBackground: false }, (success, reason) =>
        success ? resolve() : reject(new Error(`printing failed: ${reason}`)),
      );
    });
}
