// The sandboxed preload: exposes `window.kiosk`, one `invoke` limited to the contract's
// channels (architecture.md, "The IPC contract"; S-EL-4). No raw ipcRenderer, no Node API.
// Bundled to one CommonJS file because sandboxed preloads cannot require project modules.
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannelName, isChannel } from '../shared/ipc-channels';
import type { KioskBridge } from '../shared/ipc-contract';
import { fail } from '../shared/result';

export const kioskBridge: KioskBridge = {
  invoke: async (channel, request) => {
    if (!isChannel(channel)) {
      return fail('INVALID_REQUEST', `Unknown IPC channel: ${String(channel).slice(0, 80)}`);
    }
    try {
      return await ipcRenderer.invoke(ipcChannelName(channel), request);
    } catch {
      // No handler, or the main process failed outside its Result: still answer with data.
      return fail('INTERNAL', `IPC call on ${channel} failed`);
    }
  },
};

contextBridge.exposeInMainWorld('kiosk', kioskBridge);
