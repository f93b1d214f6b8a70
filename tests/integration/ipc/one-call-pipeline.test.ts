// Issue 12, item 2: both transports hand every call to the same pipeline (validate → the
// session's queue → activity → handler → catch) after establishing only who sent it and for
// which session. So a malformed payload, an unknown channel and a throwing handler answer the
// same through Electron's IPC as through the browser host's HTTP (S-EL-4).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../main/browser-host/browser-host';
import { bindIpc, type InvokeEventLike } from '../../../main/electron/ipc-binding';
import type { Result } from '../../../shared/result';
import {
  createHarness,
  PATRICK_IDENTITY,
  seedDupontFamily,
  type Harness,
} from '../core/core-harness';

type Listener = (event: InvokeEventLike, payload: unknown) => Promise<Result<unknown>>;
type Transport = (channel: string, payload: unknown) => Promise<Result<unknown>>;

let h: Harness;
let host: BrowserHost;
let electron: Transport;
let browser: Transport;
const ipcListeners = new Map<string, Listener>();

/** The kiosk window's main frame on app://kiosk, as Electron describes an invoke. */
const kioskWindowEvent = (): InvokeEventLike => {
  const mainFrame = { url: 'app://kiosk/index.html', parent: null };
  const session = { clearStorageData: async () => {}, clearCache: async () => {} };
  return { sender: { id: 3, mainFrame, session }, senderFrame: mainFrame };
};

function post(url: string, headers: Record<string, string>, body = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve(text));
    });
    req.on('error', reject);
    req.end(body);
  });
}

beforeEach(async () => {
  h = createHarness();
  seedDupontFamily(h);
  ipcListeners.clear();
  bindIpc(
    { handle: (channel: string, listener: Listener) => void ipcListeners.set(channel, listener) },
    h.core.call,
  );
  electron = (channel, payload) => {
    const listener = ipcListeners.get(`kiosk:${channel}`);
    if (!listener) throw new Error(`Electron has no listener for ${channel}`);
    return listener(kioskWindowEvent(), payload);
  };

  const rendererDir = join(mkdtempSync(join(tmpdir(), 'kiosk-pipeline-')), 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>kiosque</title>');
  host = await startBrowserHost({ call: h.core.call, rendererDir, port: 0 });
  const origin = host.url.replace(/\/$/, '');
  const { sessionId } = JSON.parse(await post(`${origin}/api/session`, { Origin: origin })) as {
    sessionId: string;
  };
  browser = async (channel, payload) =>
    JSON.parse(
      await post(
        `${origin}/api/call/${channel}`,
        { 'Content-Type': 'application/json', 'X-Kiosk-Session': sessionId, Origin: origin },
        JSON.stringify(payload),
      ),
    ) as Result<unknown>;
});

afterEach(async () => {
  await host.close();
  h.close();
});

describe('one call pipeline for both transports', () => {
  it('a malformed payload gets the same INVALID_REQUEST through both', async () => {
    const payload = { flowId: 'not-a-uuid', code: 123456 };
    const viaElectron = await electron('activation.submitCode', payload);
    const viaBrowser = await browser('activation.submitCode', payload);
    expect(viaElectron).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(viaBrowser).toEqual(viaElectron);
    expect(viaElectron).toEqual(
      await h.core.call('activation.submitCode', { sessionId: 'x' }, payload),
    );
  });

  it('an unknown channel is refused by the pipeline, and Electron never even registers it', async () => {
    const viaBrowser = await browser('shell.openExternal', { url: 'https://example.org' });
    expect(viaBrowser).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(viaBrowser).toEqual(
      await h.core.call('shell.openExternal', { sessionId: 'x' }, { url: 'https://example.org' }),
    );
    expect([...ipcListeners.keys()].some((name) => name.includes('shell'))).toBe(false);
  });

  it('a throwing handler becomes the same INTERNAL through both, logged once each, without personal data', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const flows: Record<string, string> = {};
      for (const [name, transport] of [
        ['electron', electron],
        ['browser', browser],
      ] as const) {
        const start = (await transport('activation.start', {})) as Result<{ flowId: string }>;
        if (!start.ok) throw new Error(`${name}: activation.start failed`);
        flows[name] = start.value.flowId;
        const identity = await transport('activation.submitIdentity', {
          flowId: start.value.flowId,
          ...PATRICK_IDENTITY,
        });
        expect(identity.ok).toBe(true);
      }
      h.db.exec('DROP TABLE sms_log'); // read by the SMS limits of "Valider": the handler throws
      const viaElectron = await electron('activation.confirmSend', { flowId: flows.electron });
      const viaBrowser = await browser('activation.confirmSend', { flowId: flows.browser });
      expect(viaElectron).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(viaBrowser).toEqual(viaElectron);
      const lines = errors.mock.calls.map((args) => args.join(' '));
      expect(lines.filter((line) => /confirmSend failed unexpectedly/.test(line))).toHaveLength(2);
      expect(lines.join(' ')).not.toMatch(/612345678|Dupont|Patrick/i);
    } finally {
      errors.mockRestore();
    }
  });

  it('one session’s calls run in order on both transports (the session queue is the pipeline’s)', async () => {
    for (const transport of [electron, browser]) {
      const start = (await transport('activation.start', {})) as Result<{ flowId: string }>;
      if (!start.ok) throw new Error('activation.start failed');
      const flowId = start.value.flowId;
      // A double tap on "Valider": the second waits for the first and finds the flow moved on.
      const [first, second] = await Promise.all([
        transport('activation.submitIdentity', { flowId, ...PATRICK_IDENTITY }),
        transport('activation.submitIdentity', { flowId, ...PATRICK_IDENTITY }),
      ]);
      expect(first.ok).toBe(true);
      expect(second).toMatchObject({ ok: false });
    }
  });
});
