// The real Electron IPC chain without Electron: bindIpc (sender check) → the core's call
// pipeline (allow-list, schema, queue, handler) → the composed core, with only ipcMain and the invoke event faked.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { composeKiosk, type ComposedKiosk } from '../../../main/app/compose-kiosk';
import { bindIpc, type InvokeEventLike } from '../../../main/electron/ipc-binding';
import type { Result } from '../../../shared/result';
import { createInMemorySecretStore } from '../../fakes/in-memory-secret-store';

type Listener = (event: InvokeEventLike, payload: unknown) => Promise<Result<unknown>>;

const eventFrom = (url: string, id = 3): InvokeEventLike => {
  const mainFrame = { url, parent: null };
  return {
    sender: {
      id,
      mainFrame,
      session: {
        clearStorageData: vi.fn(async () => undefined),
        clearCache: vi.fn(async () => undefined),
      },
    },
    senderFrame: mainFrame,
  };
};

describe('Electron IPC chain into the real core (S-EL-4)', () => {
  let kiosk: ComposedKiosk;
  const listeners = new Map<string, Listener>();

  beforeAll(async () => {
    kiosk = await composeKiosk({
      dataDir: mkdtempSync(join(tmpdir(), 'kiosk-ipc-')),
      env: {},
      secretStore: createInMemorySecretStore(),
    });
    bindIpc(
      { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) },
      kiosk.call,
    );
  });
  afterAll(() => kiosk.close());

  const call = (channel: string, event: InvokeEventLike, payload: unknown) => {
    const listener = listeners.get(`kiosk:${channel}`);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, payload);
  };

  it('answers the kiosk page with the core’s data', async () => {
    const result = await call('kiosk.status', eventFrom('app://kiosk/index.html'), {});
    expect(result).toMatchObject({ ok: true, value: { demoMode: true, codeValidityMinutes: 30 } });
  });

  it('refuses a page from another origin before the core sees it', async () => {
    const result = await call('activation.start', eventFrom('https://example.org/'), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('refuses a payload outside the contract', async () => {
    const result = await call('activation.submitCode', eventFrom('app://kiosk/index.html'), {
      flowId: 'nope',
      code: 123456,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('keeps one kiosk session per window', async () => {
    const started = (await call(
      'activation.start',
      eventFrom('app://kiosk/index.html', 3),
      {},
    )) as Result<{
      flowId: string;
    }>;
    expect(started.ok).toBe(true);
    const flowId = started.ok ? started.value.flowId : '';
    const fromOtherWindow = await call('activation.back', eventFrom('app://kiosk/index.html', 4), {
      flowId,
    });
    expect(fromOtherWindow).toMatchObject({ ok: false, error: { code: 'FLOW_NOT_FOUND' } });
  });
});
