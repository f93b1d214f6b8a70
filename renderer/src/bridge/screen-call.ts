// A screen's call to the main process: the one way the renderer's screens call it. The parents'
// flow stores (stores/flow-requests.ts), the console's sections (console/console-call.ts) and
// the desk (desk/use-desk-call.ts) are thin users of it.
//   - Sent through the bridge (kiosk-client.ts: the preload in Electron, HTTP in a browser).
//   - The answer of a visit that ended meanwhile (idle reset, "Abandonner", the end) belongs to
//     the previous person: it is dropped (null), so nothing of theirs reaches the next screen.
//   - A bridge that throws still answers with data: INTERNAL.
//   - `intercept`: an error the caller's part of the kiosk handles itself instead of the screen
//     (the console's lost staff login) is handed to it and, when it returns true, dropped (null).
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc-contract';
import { fail, type KioskError, type Result } from '../../../shared/result';
import { currentVisit } from '../stores/visit-epoch';
import { invoke } from './kiosk-client';

/** Runs `send` for the current visit: its Result, or null when the visit ended meanwhile. */
export async function forThisVisit<T>(send: () => Promise<Result<T>>): Promise<Result<T> | null> {
  const visit = currentVisit();
  let result: Result<T>;
  try {
    result = await send();
  } catch {
    result = fail('INTERNAL', 'The call did not complete');
  }
  return visit === currentVisit() ? result : null;
}

export async function screenCall<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
  options: { intercept?: (error: KioskError) => boolean } = {},
): Promise<Result<ResponseOf<C>> | null> {
  const result = await forThisVisit(() => invoke(channel, request));
  if (result && !result.ok && options.intercept?.(result.error)) return null;
  return result;
}
