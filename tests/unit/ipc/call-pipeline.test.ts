import { describe, expect, it, vi } from 'vitest';
import { createCallPipeline } from '../../../main/ipc/call-pipeline';
import type { CallContext, IpcHandlers } from '../../../main/ipc/ipc-handlers';
import type { Channel } from '../../../shared/ipc-contract';
import { ok } from '../../../shared/result';

/** A handler table where every channel answers ok and records the order of calls. */
function recordingHandlers(seen: string[], slow?: Promise<void>): IpcHandlers {
  return new Proxy({} as IpcHandlers, {
    get: (_target, channel: string) => async (call: CallContext) => {
      seen.push(`${channel} start ${call.sessionId}`);
      if (channel === 'kiosk.status' && slow) await slow;
      if (channel === 'account.logout') throw new Error('secret 0612345678');
      seen.push(`${channel} end ${call.sessionId}`);
      return ok({});
    },
  });
}

describe('the call pipeline', () => {
  it('validates before the queue, counts activity but for background channels, then handles', async () => {
    const seen: string[] = [];
    const noteActivity = vi.fn();
    const call = createCallPipeline({
      handlers: recordingHandlers(seen),
      noteActivity,
      backgroundChannels: new Set<Channel>(['demo.inbox']),
    });
    expect(await call('kiosk.status', { sessionId: 's' }, {})).toEqual(ok({}));
    expect(noteActivity).toHaveBeenCalledWith({ sessionId: 's' });
    await call('demo.inbox', { sessionId: 's' }, {});
    expect(noteActivity).toHaveBeenCalledTimes(1);
    expect(
      await call('activation.submitCode', { sessionId: 's' }, { flowId: 'x', code: 1 }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await call('nope.nope', { sessionId: 's' }, {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
    // Refused calls reached no handler and counted as no activity.
    expect(seen).toEqual([
      'kiosk.status start s',
      'kiosk.status end s',
      'demo.inbox start s',
      'demo.inbox end s',
    ]);
    expect(noteActivity).toHaveBeenCalledTimes(1);
  });

  it('runs one session’s calls in order, other sessions side by side', async () => {
    const seen: string[] = [];
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const call = createCallPipeline({
      handlers: recordingHandlers(seen, slow),
      noteActivity: () => {},
      backgroundChannels: new Set(),
    });
    const first = call('kiosk.status', { sessionId: 'a' }, {});
    const sameSession = call('console.status', { sessionId: 'a' }, {});
    await call('console.status', { sessionId: 'b' }, {});
    expect(seen).toEqual([
      'kiosk.status start a',
      'console.status start b',
      'console.status end b',
    ]);
    release();
    await Promise.all([first, sameSession]);
    expect(seen.slice(3)).toEqual([
      'kiosk.status end a',
      'console.status start a',
      'console.status end a',
    ]);
  });

  it('turns a throwing handler into INTERNAL, logging the channel and never the request', async () => {
    const lines: string[] = [];
    const call = createCallPipeline({
      handlers: recordingHandlers([]),
      noteActivity: () => {},
      backgroundChannels: new Set(),
      logError: (line) => lines.push(line),
    });
    const result = await call('account.logout', { sessionId: 's' }, {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Unexpected error' } });
    expect(lines).toEqual([expect.stringMatching(/account\.logout failed unexpectedly/)]);
  });
});
