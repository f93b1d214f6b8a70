import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { endSessionWithRenderer } from '../../../main/electron/renderer-lifecycle';

class FakeContents extends EventEmitter {
  id = 7;
  reloads = 0;
  reload() {
    this.reloads += 1;
  }
  die(reason: string) {
    this.emit('render-process-gone', {}, { reason });
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

function setup(resetSession: (id: string) => Promise<unknown> = async () => undefined) {
  const contents = new FakeContents();
  const logged: string[] = [];
  const delays: number[] = [];
  let clock = 0;
  endSessionWithRenderer(contents, resetSession, {
    logError: (message) => logged.push(message),
    now: () => clock,
    schedule: (run, delayMs) => {
      delays.push(delayMs);
      run();
    },
  });
  return { contents, logged, delays, advance: (ms: number) => (clock += ms) };
}

describe('the kiosk session follows the renderer (S-KIOSK-4)', () => {
  it('ends the session when the page (re)loads', async () => {
    const resets: string[] = [];
    const { contents } = setup(async (id) => resets.push(id));
    contents.emit('did-start-loading');
    await settle();
    expect(resets).toEqual(['webcontents-7']);
  });

  it('ends the session, then reloads the page, when the renderer crashes', async () => {
    const order: string[] = [];
    const { contents } = setup(async (id) => order.push(`reset ${id}`));
    contents.reload = () => order.push('reload');
    contents.die('crashed');
    await settle();
    expect(order).toEqual(['reset webcontents-7', 'reload']);
  });

  it('still reloads when the reset fails, and logs it', async () => {
    const { contents, logged } = setup(async () => {
      throw new Error('database locked');
    });
    contents.die('oom');
    await settle();
    expect(contents.reloads).toBe(1);
    expect(logged).toContain('Kiosk session reset failed');
  });

  it('does not reload a renderer that exited cleanly (the app is quitting)', async () => {
    const { contents } = setup();
    contents.die('clean-exit');
    await settle();
    expect(contents.reloads).toBe(0);
  });

  it('pauses before reloading a renderer that keeps crashing', async () => {
    const { contents, delays, advance } = setup();
    for (let i = 0; i < 4; i++) {
      contents.die('crashed');
      await settle();
      advance(1000);
    }
    expect(delays).toEqual([0, 0, 0, 30_000]);
    advance(120_000);
    contents.die('crashed');
    await settle();
    expect(delays.at(-1)).toBe(0);
  });
});
