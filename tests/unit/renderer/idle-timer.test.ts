import { describe, expect, it } from 'vitest';
import { createIdleTimer, type TimerApi } from '../../../renderer/src/idle/idle-timer';

/** A manual clock: advance(ms) fires what is due, in order. */
function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const api: TimerApi = {
    setTimeout(callback, ms) {
      const id = nextId++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  function advance(ms: number) {
    const end = now + ms;
    for (;;) {
      const due = [...pending.entries()]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].callback();
    }
    now = end;
  }
  return { api, advance, pendingCount: () => pending.size };
}

function setup() {
  const clock = fakeTimers();
  const events: string[] = [];
  const timer = createIdleTimer({
    idleMs: 90_000,
    warningMs: 30_000,
    onWarning: () => events.push('warning'),
    onReset: () => events.push('reset'),
    timers: clock.api,
  });
  return { clock, events, timer };
}

describe('idle timer', () => {
  it('warns after the idle delay, then resets after the warning delay', () => {
    const { clock, events, timer } = setup();
    timer.start();
    clock.advance(89_999);
    expect(events).toEqual([]);
    clock.advance(1);
    expect(events).toEqual(['warning']);
    expect(timer.phase).toBe('warning');
    clock.advance(29_999);
    expect(events).toEqual(['warning']);
    clock.advance(1);
    expect(events).toEqual(['warning', 'reset']);
    expect(timer.phase).toBe('stopped');
    clock.advance(500_000);
    expect(events).toEqual(['warning', 'reset']);
  });

  it('"Continuer" cancels the reset and restarts the idle delay', () => {
    const { clock, events, timer } = setup();
    timer.start();
    clock.advance(90_000);
    clock.advance(20_000);
    timer.continue();
    expect(timer.phase).toBe('active');
    clock.advance(89_000);
    expect(events).toEqual(['warning']);
    clock.advance(1_000);
    expect(events).toEqual(['warning', 'warning']);
  });

  it('input postpones the warning', () => {
    const { clock, events, timer } = setup();
    timer.start();
    for (let i = 0; i < 10; i++) {
      clock.advance(80_000);
      timer.activity();
    }
    expect(events).toEqual([]);
    clock.advance(90_000);
    expect(events).toEqual(['warning']);
  });

  it('ignores stray input while the warning is shown (only "Continuer" keeps the session)', () => {
    const { clock, events, timer } = setup();
    timer.start();
    clock.advance(90_000);
    timer.activity();
    clock.advance(30_000);
    expect(events).toEqual(['warning', 'reset']);
  });

  it('stop() disarms everything; configure() applies new delays', () => {
    const { clock, events, timer } = setup();
    timer.start();
    timer.stop();
    clock.advance(1_000_000);
    expect(events).toEqual([]);
    expect(clock.pendingCount()).toBe(0);
    timer.configure(10_000, 5_000);
    timer.start();
    clock.advance(10_000);
    clock.advance(5_000);
    expect(events).toEqual(['warning', 'reset']);
  });
});
