import { describe, expect, it, vi } from 'vitest';
import {
  bindIpc,
  type InvokeEventLike,
  type SenderFrameLike,
} from '../../../main/electron/ipc-binding';
import type { KioskCall } from '../../../main/ipc/ipc-handlers';
import { CHANNELS, ipcChannelName } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';

type Listener = (event: InvokeEventLike, payload: unknown) => unknown;

/** A fake ipcMain that records every registration. */
const fakeIpcMain = () => {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle: vi.fn((channel: string, listener: Listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    }),
    call(channel: string, event: InvokeEventLike, payload: unknown): Promise<Result<unknown>> {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return Promise.resolve(listener(event, payload)) as Promise<Result<unknown>>;
    },
  };
};

/** A fake invoke event from webContents #7, its sender frame chosen per test. */
const fakeEvent = (
  frame: (mainFrame: SenderFrameLike) => SenderFrameLike | null = (main) => main,
  mainUrl = 'app://kiosk/index.html',
) => {
  const mainFrame: SenderFrameLike = { url: mainUrl, parent: null };
  const session = {
    clearStorageData: vi.fn(async () => undefined),
    clearCache: vi.fn(async () => undefined),
  };
  const event: InvokeEventLike = {
    sender: { id: 7, mainFrame, session },
    senderFrame: frame(mainFrame),
  };
  return { event, session };
};

// The core's call pipeline is faked: these tests are about what the binding decides.
const setup = (result: Result<unknown> = { ok: true, value: { done: true } }) => {
  const ipcMain = fakeIpcMain();
  const dispatch = vi.fn<KioskCall>(async () => result);
  const onReset = vi.fn();
  bindIpc(ipcMain, dispatch, { onReset, logError: () => undefined });
  return { ipcMain, dispatch, onReset };
};

describe('bindIpc registration', () => {
  it('registers every contract channel, under its prefixed name, and nothing else', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.listeners.keys()].sort()).toEqual(CHANNELS.map(ipcChannelName).sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
  });
});

describe('bindIpc sender checks (S-EL-4)', () => {
  it('dispatches a call from the kiosk main frame with a per-webContents session id', async () => {
    const { ipcMain, dispatch } = setup();
    const { event } = fakeEvent();
    const payload = { flowId: 'x' };
    const result = await ipcMain.call('kiosk:activation.back', event, payload);
    expect(result).toEqual({ ok: true, value: { done: true } });
    expect(dispatch).toHaveBeenCalledWith(
      'activation.back',
      { sessionId: 'webcontents-7' },
      payload,
    );
  });

  it.each([
    ['another origin', 'https://evil.example/index.html'],
    ['a file:// page', 'file:///tmp/index.html'],
    ['another app:// host', 'app://other/index.html'],
  ])('refuses a main frame on %s without calling the handler', async (_label, url) => {
    const { ipcMain, dispatch } = setup();
    const { event } = fakeEvent((main) => main, url);
    const result = await ipcMain.call('kiosk:kiosk.status', event, {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('FORBIDDEN_SENDER');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a subframe, even one on app://kiosk', async () => {
    const { ipcMain, dispatch } = setup();
    const { event } = fakeEvent((main) => ({ url: 'app://kiosk/frame.html', parent: main }));
    const result = await ipcMain.call('kiosk:kiosk.status', event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a frame that claims no parent but is not the main frame', async () => {
    const { ipcMain, dispatch } = setup();
    const { event } = fakeEvent(() => ({ url: 'app://kiosk/index.html', parent: null }));
    const result = await ipcMain.call('kiosk:kiosk.status', event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call whose sender frame is gone', async () => {
    const { ipcMain, dispatch } = setup();
    const { event } = fakeEvent(() => null);
    const result = await ipcMain.call('kiosk:kiosk.status', event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('session.reset clears web storage (S-KIOSK-1)', () => {
  it('clears storage and cache after a successful reset, then calls onReset', async () => {
    const { ipcMain, onReset } = setup({ ok: true, value: { reset: true } });
    const { event, session } = fakeEvent();
    const result = await ipcMain.call('kiosk:session.reset', event, {});
    expect(result).toEqual({ ok: true, value: { reset: true } });
    expect(session.clearStorageData).toHaveBeenCalledOnce();
    expect(session.clearCache).toHaveBeenCalledOnce();
    expect(onReset).toHaveBeenCalledWith('webcontents-7');
  });

  it('leaves storage alone when the reset itself failed', async () => {
    const { ipcMain, onReset } = setup({
      ok: false,
      error: { code: 'INTERNAL', message: 'x' },
    });
    const { event, session } = fakeEvent();
    await ipcMain.call('kiosk:session.reset', event, {});
    expect(session.clearStorageData).not.toHaveBeenCalled();
    expect(onReset).not.toHaveBeenCalled();
  });

  it('reports INTERNAL when storage cannot be cleared', async () => {
    const { ipcMain } = setup({ ok: true, value: { reset: true } });
    const { event, session } = fakeEvent();
    session.clearStorageData.mockRejectedValueOnce(new Error('disk'));
    const result = await ipcMain.call('kiosk:session.reset', event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('does not clear storage on other channels', async () => {
    const { ipcMain } = setup();
    const { event, session } = fakeEvent();
    await ipcMain.call('kiosk:account.logout', event, {});
    expect(session.clearStorageData).not.toHaveBeenCalled();
    expect(session.clearCache).not.toHaveBeenCalled();
  });

  it('refuses a reset from a foreign frame without clearing anything', async () => {
    const { ipcMain, dispatch } = setup();
    const { event, session } = fakeEvent((main) => main, 'https://evil.example/');
    await ipcMain.call('kiosk:session.reset', event, {});
    expect(dispatch).not.toHaveBeenCalled();
    expect(session.clearStorageData).not.toHaveBeenCalled();
  });
});
