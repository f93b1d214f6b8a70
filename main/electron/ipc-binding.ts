// Wires the contract's channels to ipcMain (S-EL-4). The binding only establishes who sent a
// call — the kiosk's own main frame on app://kiosk — and for which session (its webContents),
// then hands it to the core's call pipeline (main/ipc/call-pipeline.ts), which validates the
// payload with the contract's zod schema, queues, handles and turns failures into data.
// Electron objects arrive as parameters with structural types, so unit tests use plain fakes.
import { CHANNELS, ipcChannelName, type Channel } from '../../shared/ipc-contract';
import { fail, type Result } from '../../shared/result';
import type { KioskCall } from '../ipc/ipc-handlers';
import { isKioskUrl } from './window-policy';

/** The parts of Electron's WebFrameMain the binding reads. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: SenderFrameLike | null;
}

/** The parts of Electron's WebContents the binding reads. */
export interface SenderLike {
  readonly id: number;
  readonly mainFrame: SenderFrameLike;
  readonly session: { clearStorageData(): Promise<void>; clearCache(): Promise<void> };
}

/** The parts of Electron's IpcMainInvokeEvent the binding reads. */
export interface InvokeEventLike {
  readonly sender: SenderLike;
  readonly senderFrame: SenderFrameLike | null;
}

/** The part of Electron's ipcMain the binding uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, payload: unknown) => unknown): void;
}

export interface BindIpcOptions {
  /** Called after a successful 'session.reset' has also cleared storage and cache. */
  onReset?: (sessionId: string) => void;
  /** Where unexpected failures are reported (English, never payloads). */
  logError?: (message: string, error: unknown) => void;
}

const RESET_CHANNEL: Channel = 'session.reset';

/** One kiosk session per renderer: flows and logins belong to the webContents. */
export const sessionIdOf = (sender: Pick<SenderLike, 'id'>): string => `webcontents-${sender.id}`;

/**
 * True only for the kiosk page itself: a frame that exists, is its webContents' main frame
 * (no parent) and is on the app://kiosk origin. Subframes and foreign pages are refused.
 */
export const isTrustedSender = (event: InvokeEventLike): boolean => {
  const frame = event.senderFrame;
  if (!frame) return false; // navigated away or destroyed before the call arrived
  if (frame !== event.sender.mainFrame || frame.parent !== null) return false;
  return isKioskUrl(frame.url);
};

/** Registers one ipcMain handler per contract channel, and no other. */
export const bindIpc = (
  ipcMain: IpcMainLike,
  call: KioskCall,
  options: BindIpcOptions = {},
): void => {
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannelName(channel), async (event, payload): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) {
        return fail('FORBIDDEN_SENDER', `IPC on ${channel} from a frame that is not the kiosk's`);
      }
      const sessionId = sessionIdOf(event.sender);
      const result = await call(channel, { sessionId }, payload);
      if (channel === RESET_CHANNEL && result.ok) {
        try {
          await clearWebStorage(event.sender);
        } catch (error) {
          logError('Clearing web storage after session.reset failed', error);
          return fail('INTERNAL', 'Session reset could not clear web storage');
        }
        options.onReset?.(sessionId);
      }
      return result;
    });
  }
};

/** S-KIOSK-1: idle reset leaves nothing in cookies, storage, IndexedDB or the HTTP cache. */
const clearWebStorage = async (sender: SenderLike): Promise<void> => {
  await sender.session.clearStorageData();
  await sender.session.clearCache();
};
