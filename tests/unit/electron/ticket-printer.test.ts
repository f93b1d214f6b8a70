// "Imprimer mon identifiant" under Electron: the wiring from the 'ticket.print' handler to the
// kiosk page's silent print, with a fake webContents.
import { describe, expect, it } from 'vitest';
import { createTicketHandlers } from '../../../main/printing/ticket-handlers';
import {
  createSilentTicketPrint,
  type PrintableContents,
} from '../../../main/electron/ticket-printer';

function fakeContents(outcome: { success: boolean; reason?: string }) {
  const prints: unknown[] = [];
  const contents: PrintableContents & { destroyed: boolean } = {
    destroyed: false,
    isDestroyed: () => contents.destroyed,
    print: (options, callback) => {
      prints.push(options);
      callback(outcome.success, outcome.reason ?? '');
    },
  };
  return { contents, prints };
}

function handlersFor(
  contents: PrintableContents,
  ticketPrinter: string | undefined,
  logged: string[] = [],
) {
  return createTicketHandlers({
    settings: { ticketPrinter, loginUrl: 'https://educonnect.education.gouv.fr' },
    silentPrint: createSilentTicketPrint((sessionId) =>
      sessionId === 'webcontents-1' ? contents : undefined,
    ),
    logError: (message) => logged.push(message),
  });
}

describe('the identifier ticket printed silently by Electron', () => {
  it('prints the calling kiosk page to the configured printer, with no dialog', async () => {
    const { contents, prints } = fakeContents({ success: true });
    const handlers = handlersFor(contents, 'EPSON_TM_T20III');
    expect(await handlers['ticket.printing']({ sessionId: 'webcontents-1' }, {})).toEqual({
      ok: true,
      value: { printing: 'silent', loginAddress: 'https://educonnect.education.gouv.fr' },
    });
    expect(await handlers['ticket.print']({ sessionId: 'webcontents-1' }, {})).toEqual({
      ok: true,
      value: { printed: true },
    });
    expect(prints).toEqual([
      { silent: true, deviceName: 'EPSON_TM_T20III', printBackground: false },
    ]);
  });

  it('answers PRINT_FAILED, and logs why, when the printer fails', async () => {
    const logged: string[] = [];
    const { contents } = fakeContents({ success: false, reason: 'Print job failed' });
    const answer = await handlersFor(contents, 'EPSON', logged)['ticket.print'](
      { sessionId: 'webcontents-1' },
      {},
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'PRINT_FAILED' } });
    expect(logged).toEqual(['Identifier ticket not printed on "EPSON"']);
  });

  it('prints no other page than the calling session’s, and no destroyed one', async () => {
    const { contents, prints } = fakeContents({ success: true });
    const handlers = handlersFor(contents, 'EPSON');
    const other = await handlers['ticket.print']({ sessionId: 'webcontents-2' }, {});
    expect(other).toMatchObject({ ok: false, error: { code: 'PRINT_FAILED' } });
    contents.destroyed = true;
    const gone = await handlers['ticket.print']({ sessionId: 'webcontents-1' }, {});
    expect(gone).toMatchObject({ ok: false, error: { code: 'PRINT_FAILED' } });
    expect(prints).toEqual([]);
  });

  it('offers no print under Electron when no printer is set', async () => {
    const { contents, prints } = fakeContents({ success: true });
    const handlers = handlersFor(contents, undefined);
    expect(await handlers['ticket.printing']({ sessionId: 'webcontents-1' }, {})).toMatchObject({
      ok: true,
      value: { printing: 'none' },
    });
    expect(await handlers['ticket.print']({ sessionId: 'webcontents-1' }, {})).toMatchObject({
      ok: false,
      error: { code: 'PRINT_FAILED' },
    });
    expect(prints).toEqual([]);
  });

  it("lets the browser host use the browser's print", async () => {
    const handlers = createTicketHandlers({ settings: { ticketPrinter: 'EPSON' } });
    expect(await handlers['ticket.printing']({ sessionId: 's' }, {})).toEqual({
      ok: true,
      value: { printing: 'browser', loginAddress: null },
    });
  });
});
