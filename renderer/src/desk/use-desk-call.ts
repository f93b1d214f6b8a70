// One console call at a time for a desk section: busy while it runs, the error (received, for
// errorMessage) when it fails. Local to the section: nothing is kept once it is left. Through
// consoleCall (bridge/screen-call.ts underneath): an ended visit's answer is dropped, a lost
// staff login sends the console back to its login, a bridge failure comes back as INTERNAL.
import { ref } from 'vue';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc-contract';
import { consoleCall } from '../console/console-call';
import { received, type ReceivedError } from '../format/error-message';

export function useDeskCall() {
  const busy = ref(false);
  const error = ref<ReceivedError | null>(null);

  async function call<C extends Channel>(
    channel: C,
    request: RequestOf<C>,
  ): Promise<ResponseOf<C> | null> {
    if (busy.value) return null;
    busy.value = true;
    error.value = null;
    try {
      const result = await consoleCall(channel, request);
      if (!result) return null;
      if (result.ok) return result.value;
      error.value = received(result.error);
      return null;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, call };
}
