// A console section's call to the main process (bridge/screen-call.ts): the answer of an ended
// visit is dropped, a lost staff login (idle expiry in the main process, a disabled account)
// sends the console back to its login, and a temporary password to its forced change.
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc-contract';
import type { KioskError, Result } from '../../../shared/result';
import { screenCall } from '../bridge/screen-call';
import { useConsoleStore } from '../stores/console';

/** The refusals the console handles itself, wherever a section made the call. */
function consoleHandles(error: KioskError): boolean {
  if (error.code === 'STAFF_NOT_LOGGED_IN') {
    useConsoleStore().loginLost();
    return true;
  }
  if (error.code === 'STAFF_PASSWORD_CHANGE_REQUIRED') {
    useConsoleStore().passwordChangeRequired();
    return true;
  }
  return false;
}

export function consoleCall<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
): Promise<Result<ResponseOf<C>> | null> {
  return screenCall(channel, request, { intercept: consoleHandles });
}
