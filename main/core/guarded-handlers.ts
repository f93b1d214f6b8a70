import { ipcContract, type Channel } from '../../shared/ipc-contract';
import { fail } from '../../shared/result';
import type { IpcHandlers } from '../ipc/ipc-handlers';

/**
 * Wraps every handler: the payload is checked against the contract's schema again (the browser
 * host and the Electron binding both reach the core through here), one session's calls run in
 * order, and an unexpected exception becomes INTERNAL with an English log line that carries
 * no request data (no passwords, codes or numbers).
 */
export function guardHandlers(
  handlers: IpcHandlers,
  runInOrder: <T>(sessionId: string, work: () => Promise<T>) => Promise<T>,
): IpcHandlers {
  const guarded: Record<string, unknown> = {};
  for (const channel of Object.keys(handlers) as Channel[]) {
    const handler = handlers[channel] as (context: unknown, request: unknown) => Promise<unknown>;
    guarded[channel] = (context: { sessionId: string }, request: unknown) =>
      runInOrder(context.sessionId, async () => {
        const parsed = ipcContract[channel].request.safeParse(request ?? {});
        if (!parsed.success) return fail('INVALID_REQUEST', `Invalid payload for ${channel}`);
        try {
          return await handler(context, parsed.data);
        } catch (error) {
          const message = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown';
          console.error(`Kiosk core: ${channel} failed unexpectedly (${message})`);
          return fail('INTERNAL', 'Unexpected error');
        }
      });
  }
  return guarded as IpcHandlers;
}
