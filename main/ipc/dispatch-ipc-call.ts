import { ipcContract, isChannel } from '../../shared/ipc-contract';
import { fail, type Result } from '../../shared/result';
import type { CallContext, IpcHandlers } from './ipc-handlers';

/**
 * The one entry point both transports (Electron IPC, the browser host's HTTP) use: the channel
 * must be in the contract's allow-list and the payload must pass its schema (S-EL-4) before a
 * handler sees it. Failures come back as data, never as exceptions.
 */
export async function dispatchIpcCall(
  handlers: IpcHandlers,
  channel: string,
  context: CallContext,
  payload: unknown,
): Promise<Result<unknown>> {
  if (!isChannel(channel))
    return fail('INVALID_REQUEST', `Unknown channel ${JSON.stringify(channel)}`);
  const parsed = ipcContract[channel].request.safeParse(payload ?? {});
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
    return fail('INVALID_REQUEST', `Invalid payload for ${channel}: ${fields}`);
  }
  const handler = handlers[channel] as (
    context: CallContext,
    request: unknown,
  ) => Promise<Result<unknown>>;
  try {
    return await handler(context, parsed.data);
  } catch (error) {
    console.error(`[kiosk] ${channel} failed:`, error instanceof Error ? error.stack : error);
    return fail('INTERNAL', `Unexpected failure in ${channel}`);
  }
}
