// The printed identifier ticket ("Imprimer mon identifiant"): how this kiosk prints it, and
// what the ticket says besides the identifier. Never the password nor the SMS code.

/**
 * `silent`: Electron prints the ticket to the kiosk's printer (the `ticketPrinter` setting)
 * without a dialog; `browser`: the browser host uses the browser's print; `none`: Electron
 * with no printer set, so no button is shown.
 */
export type TicketPrinting = 'silent' | 'browser' | 'none';

export interface TicketPrintingView {
  printing: TicketPrinting;
  /** Where the parent logs in (the `loginUrl` setting, also on the identifier letter), printed on the ticket. */
  loginAddress: string | null;
}
