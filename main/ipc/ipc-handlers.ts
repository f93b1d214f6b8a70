import type { Channel, RequestOf, ResponseOf } from '../../shared/ipc-contract';
import type { Result } from '../../shared/result';

/**
 * Who is calling. One kiosk session is one renderer (an Electron window's webContents, or one
 * page load in the browser host); flows and logins belong to it and end with it.
 */
export interface CallContext {
  sessionId: string;
}

/** The main-side handler table: one function per channel of the contract, Electron-free. */
export type IpcHandlers = {
  [C in Channel]: (context: CallContext, request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};

/**
 * One call into the core through its pipeline (main/ipc/call-pipeline.ts): what a transport
 * calls once it knows who sent the call and for which session. Never rejects.
 */
export type KioskCall = (
  channel: string,
  context: CallContext,
  payload: unknown,
) => Promise<Result<unknown>>;
