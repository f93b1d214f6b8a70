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

// The end of a visit resets the main process's session, ending every flow of it: a call of the
// next visit waits for that reset, or a parent quick to start again would see the flow they had
// just started end ("Démarche arrêtée").
let sessionReset: Promise<unknown> = Promise.resolve();

/** Holds every call but session.reset until `reset` (the last visit's session reset) settles. */
export function holdCallsDuring(reset: Promise<unknown>): void {
  sessionReset = reset.catch(() => undefined);
}

export function invoke<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
): Promise<Result<ResponseOf<C>>> {
  if (channel === 'session.reset') return currentBridge().invoke(channel, request);
  return sessionReset.then(() => currentBridge().invoke(channel, request));
}
