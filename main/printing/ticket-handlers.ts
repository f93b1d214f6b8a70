// "Imprimer mon identifiant": the renderer asks how this kiosk prints the ticket, and, under
// Electron, asks the main process to print it silently to the kiosk's printer (the
// `ticketPrinter` setting). The ticket itself is the kiosk page's print-only element, so both
// hosts print the same thing; the browser host prints it with the browser's own print.
// A failure is data (PRINT_FAILED) and never touches the parent's flow.
import type { TicketPrinting } from '../../shared/identifier-ticket';
import { fail, ok } from '../../shared/result';
import type { KioskSettings } from '../config/kiosk-config';
import type { IpcHandlers } from '../ipc/ipc-handlers';

/** Prints the page of the kiosk session `sessionId` to `deviceName`, with no dialog. */
export type SilentTicketPrint = (request: {
  sessionId: string;
  deviceName: string;
}) => Promise<void>;

export interface TicketHandlerDeps {
  settings: Pick<KioskSettings, 'ticketPrinter' | 'loginUrl'>;
  /** Electron's silent print; absent in the browser host (the browser prints). */
  silentPrint?: SilentTicketPrint;
  logError?: (message: string, error: unknown) => void;
}

export function createTicketHandlers(
  deps: TicketHandlerDeps,
): Pick<IpcHandlers, 'ticket.printing' | 'ticket.print'> {
  const logError = deps.logError ?? console.error;
  const deviceName = deps.settings.ticketPrinter;
  const printing: TicketPrinting = !deps.silentPrint ? 'browser' : deviceName ? 'silent' : 'none';
  return {
    'ticket.printing': async () => ok({ printing, loginAddress: deps.settings.loginUrl ?? null }),
    'ticket.print': async (call) => {
      if (!deps.silentPrint || !deviceName) {
        return fail('PRINT_FAILED', 'No kiosk printer is set (ticketPrinter)');
      }
      try {
        await deps.silentPrint({ sessionId: call.sessionId, deviceName });
        return ok({ printed: true as const });
      } catch (error) {
        logError(`Identifier ticket not printed on "${deviceName}"`, error);
        return fail('PRINT_FAILED', 'The kiosk printer did not print the ticket');
      }
    },
  };
}
