import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { endSessionWithRenderer } from '../../../main/electron/renderer-lifecycle';
import { KIOSK_START_URL } from '../../../main/electron/window-policy';

/** A webContents as Electron documents it: a forced crash reports the renderer gone. */
class FakeContents extends EventEmitter {
  id = 7;
  reloads = 0;
  loaded: string[] = [];
  destroyed = false;
  async loadURL(url: string) {
    this.loaded.push(url);
    this.reload();
  }
  reload() {
    this.reloads += 1;
  }
  isDestroyed() {
    return this.destroyed;
  }
  forcefullyCrashRenderer() {
    this.die('killed');
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

  it('brings the start screen back, not the page that crashed', async () => {
    const { contents, logged } = setup();
    contents.die('oom');
    await settle();
    expect(contents.loaded).toEqual([KIOSK_START_URL]);
    expect(logged).toContain('Kiosk renderer gone (oom); reloading the start screen');
  });

  it('restarts a hung renderer on the start screen, ends its session and logs it', async () => {
    const resets: string[] = [];
    const { contents, logged } = setup(async (id) => resets.push(id));
    contents.emit('unresponsive');
    await settle();
    expect(logged[0]).toBe('Kiosk renderer unresponsive; restarting it on the start screen');
    expect(resets).toEqual(['webcontents-7']);
    expect(contents.loaded).toEqual([KIOSK_START_URL]);
  });

  it('leaves a destroyed window alone (isDestroyed guard)', async () => {
    const { contents } = setup();
    contents.destroyed = true;
    contents.die('crashed');
    contents.emit('unresponsive');
    await settle();
    expect(contents.reloads).toBe(0);
  });

  it('does not reload a window destroyed during the pause before its reload', async () => {
    const contents = new FakeContents();
    const pending: Array<() => void> = [];
    endSessionWithRenderer(contents, async () => undefined, {
      logError: () => undefined,
      schedule: (run) => pending.push(run),
    });
    contents.die('crashed');
    await settle();
    contents.destroyed = true;
    for (const run of pending) run();
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
