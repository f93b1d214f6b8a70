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
