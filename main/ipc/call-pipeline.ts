import { CHANNELS, ipcContract, isChannel, type Channel } from '../../shared/ipc-contract';
import { fail, type Result } from '../../shared/result';
import { createSessionSerializer } from '../sessions/session-serializer';
import type { CallContext, IpcHandlers, KioskCall } from './ipc-handlers';

/**
 * The one way into the core, for both transports (Electron IPC, the browser host's HTTP): a
 * transport establishes who sent the call and for which session, then hands it here.
 *
 *   1. the channel must be in the contract's allow-list, and the payload must pass the
 *      channel's zod schema (S-EL-4);
 *   2. the session's queue: one session's calls run one after the other (a double tap on
 *      "Valider" must not send two SMS), different sessions side by side;
 *   3. activity: every call but a background one (`backgroundChannels`) counts as activity for
 *      the session's logins, and ends one that idled out before the call (S-KIOSK-4);
 *   4. the handler;
 *   5. an unexpected exception becomes INTERNAL, with an English log line that carries no
 *      request data (no passwords, codes or numbers).
 *
 * Failures come back as data, never as exceptions.
 */
export function createCallPipeline(steps: {
  handlers: IpcHandlers;
  noteActivity: (call: CallContext) => void;
  /** Channels a renderer calls on a timer, not because someone touched the screen. */
  backgroundChannels: ReadonlySet<Channel>;
  logError?: (line: string) => void;
}): KioskCall {
  const runInOrder = createSessionSerializer();
  const logError = steps.logError ?? ((line: string) => console.error(line));
  return async (channel, context, payload) => {
    if (!isChannel(channel))
      return fail('INVALID_REQUEST', `Unknown channel ${JSON.stringify(channel)}`);
    const parsed = ipcContract[channel].request.safeParse(payload ?? {});
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)');
      return fail('INVALID_REQUEST', `Invalid payload for ${channel}: ${fields.join(', ')}`);
    }
    const handler = steps.handlers[channel] as (
      call: CallContext,
      request: unknown,
    ) => Promise<Result<unknown>>;
    return runInOrder(context.sessionId, async () => {
      try {
        if (!steps.backgroundChannels.has(channel)) steps.noteActivity(context);
        return await handler(context, parsed.data);
      } catch (error) {
        const message = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown';
        logError(`Kiosk core: ${channel} failed unexpectedly (${message})`);
        return fail('INTERNAL', 'Unexpected error');
      }
    });
  };
}

/** The pipeline as a typed table, one function per channel, for in-process callers. */
export function handlersOf(call: KioskCall): IpcHandlers {
  const table: Record<string, unknown> = {};
  for (const channel of CHANNELS) {
    table[channel] = (context: CallContext, request: unknown) => call(channel, context, request);
  }
  return table as IpcHandlers;
}
