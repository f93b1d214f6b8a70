// The renderer's one way for a screen to call the main process (bridge/screen-call.ts), which
// the flow stores, the console's sections and the desk use: an ended visit's answer never
// reaches the next person's screen, a bridge failure is data, the console's lost login is the
// console's.
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBridgeForTests } from '../../../renderer/src/bridge/kiosk-client';
import { screenCall } from '../../../renderer/src/bridge/screen-call';
import { consoleCall } from '../../../renderer/src/console/console-call';
import { useDeskCall } from '../../../renderer/src/desk/use-desk-call';
import { useConsoleStore } from '../../../renderer/src/stores/console';
import { beginNextVisit } from '../../../renderer/src/stores/visit-epoch';
import type { KioskBridge } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';

/** A bridge whose answers the test releases by hand. */
function heldBridge() {
  let answer: (result: Result<unknown>) => void = () => {};
  const bridge: KioskBridge = {
    invoke: () => new Promise((resolve) => (answer = resolve as typeof answer)) as never,
  };
  setBridgeForTests(bridge);
  return (result: Result<unknown>) => answer(result);
}

beforeEach(() => setActivePinia(createPinia()));
afterEach(() => setBridgeForTests(null));

describe('screenCall', () => {
  it('drops the answer of a visit that ended while the call ran', async () => {
    const answer = heldBridge();
    const pending = screenCall('account.view', {});
    await Promise.resolve();
    beginNextVisit(); // idle reset
    answer({ ok: true, value: { firstName: 'Patrick' } });
    expect(await pending).toBeNull();
  });

  it('answers with the Result within the same visit, and with INTERNAL when the bridge throws', async () => {
    const answer = heldBridge();
    const pending = screenCall('kiosk.status', {});
    await Promise.resolve();
    answer({ ok: false, error: { code: 'NOT_DEMO_MODE', message: 'x' } });
    expect(await pending).toEqual({ ok: false, error: { code: 'NOT_DEMO_MODE', message: 'x' } });
    setBridgeForTests({
      invoke: async () => {
        throw new Error('gone');
      },
    });
    expect(await screenCall('kiosk.status', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('the console handles a lost staff login itself, wherever the call came from', async () => {
    const console = useConsoleStore();
    console.staff = { staffId: 's1', displayName: 'Martine Durand', mustChangePassword: false };
    const lost = { ok: false, error: { code: 'STAFF_NOT_LOGGED_IN', message: 'x' } } as const;
    setBridgeForTests({ invoke: async () => lost as never });
    expect(await consoleCall('console.dashboard', {})).toBeNull();
    expect(console.staff).toBeNull();

    console.staff = { staffId: 's1', displayName: 'Martine Durand', mustChangePassword: false };
    const desk = useDeskCall();
    expect(await desk.call('console.dashboard', {})).toBeNull();
    expect(console.staff).toBeNull();
    expect(desk.error.value).toBeNull();
    expect(desk.busy.value).toBe(false);
  });
});
