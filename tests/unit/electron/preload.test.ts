import { beforeEach, describe, expect, it, vi } from 'vitest';

// The real 'electron' package cannot load here (no binary): the preload gets fakes.
const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}));

const { kioskBridge } = await import('../../../preload/preload');

beforeEach(() => electron.invoke.mockReset());

describe('preload bridge', () => {
  it('exposes exactly window.kiosk with one invoke function', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, api] = electron.exposeInMainWorld.mock.calls[0] ?? [];
    expect(name).toBe('kiosk');
    expect(Object.keys(api as object)).toEqual(['invoke']);
    expect(api).toBe(kioskBridge);
  });

  it('forwards a contract channel to its prefixed IPC name', async () => {
    electron.invoke.mockResolvedValueOnce({ ok: true, value: { reset: true } });
    const result = await kioskBridge.invoke('session.reset', {});
    expect(electron.invoke).toHaveBeenCalledWith('kiosk:session.reset', {});
    expect(result).toEqual({ ok: true, value: { reset: true } });
  });

  it.each(['kiosk.shell', 'kiosk:session.reset', '__proto__', 'toString', ''])(
    'refuses the channel %j without any IPC',
    async (channel) => {
      const invoke = kioskBridge.invoke as (c: string, r: unknown) => Promise<unknown>;
      const result = await invoke(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
      expect(electron.invoke).not.toHaveBeenCalled();
    },
  );

  it('answers with data when the IPC call itself rejects', async () => {
    electron.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    const result = await kioskBridge.invoke('kiosk.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
