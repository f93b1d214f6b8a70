// The renderer's only way to the main process: the preload's `window.kiosk` inside Electron,
// the HTTP bridge in the browser host. Everything is typed from shared/ipc-contract.ts.
import type { Channel, KioskBridge, RequestOf, ResponseOf } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { createHttpBridge } from './http-bridge';

let bridge: KioskBridge | null = null;

function currentBridge(): KioskBridge {
  if (bridge === null) {
    bridge = typeof window !== 'undefined' && window.kiosk ? window.kiosk : createHttpBridge();
  }
  return bridge;
}

/** True inside Electron (the preload's bridge): host-only features such as the letter's PDF. */
export const isElectronHost = (): boolean => typeof window !== 'undefined' && !!window.kiosk;

/** For tests only: use another bridge. */
export function setBridgeForTests(replacement: KioskBridge | null): void {
  bridge = replacement;
}

export function invoke<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
): Promise<Result<ResponseOf<C>>> {
  return currentBridge().invoke(channel, request);
}
