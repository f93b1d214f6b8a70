// A console section's call to the main process: the answer of an ended visit is dropped, a lost
// staff login (idle expiry in the main process, a disabled account) sends the console back to
// its login, and a temporary password to its forced change.
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { invoke } from '../bridge/kiosk-client';
import { useConsoleStore } from '../stores/console';
import { currentVisit } from '../stores/visit-epoch';

export async function consoleCall<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
): Promise<Result<ResponseOf<C>> | null> {
  const visit = currentVisit();
  const result = await invoke(channel, request);
  if (visit !== currentVisit()) return null;
  if (!result.ok && result.error.code === 'STAFF_NOT_LOGGED_IN') {
    useConsoleStore().loginLost();
    return null;
  }
  if (!result.ok && result.error.code === 'STAFF_PASSWORD_CHANGE_REQUIRED') {
    useConsoleStore().passwordChangeRequired();
    return null;
  }
  return result;
}
