// When the kiosk tries to sync: every 15 s while it works, backing off with full jitter after
// failures (docs/developers/sync.md, "The kiosk's loop"). Only the clock and the timers are
// fakes here: they are outside the product.
import { describe, expect, it } from 'vitest';
import type { SyncTryOutcome } from '../../main/sync/run-sync-try';
import { createSyncLoop, type SyncTimers } from '../../main/sync/sync-loop';

class ManualTimers implements SyncTimers {
  pending: { callback: () => void; ms: number; handle: number }[] = [];
  private next = 1;
  set(callback: () => void, ms: number): unknown {
    const handle = this.next++;
    this.pending.push({ callback, ms, handle });
    return handle;
  }
  clear(handle: unknown): void {
    this.pending = this.pending.filter((timer) => timer.handle !== handle);
  }
  /** Fires the one timer set, returning the delay it was set for. */
  async fire(): Promise<number> {
    expect(this.pending).toHaveLength(1);
    const timer = this.pending.shift();
    timer?.callback();
    await new Promise((resolve) => setImmediate(resolve));
    return timer?.ms ?? -1;
  }
}

const clock = { now: () => new Date('2025-10-06T08:00:00Z') };
const FAILED: SyncTryOutcome = {
  kind: 'failed',
  failure: { kind: 'unreachable', hubError: null, message: 'no network' },
};
const SYNCED: SyncTryOutcome = { kind: 'synced', pushed: 0, pulled: 0 };

describe('the sync loop', () => {
  it('tries at once, then every 15 s while the hub answers', async () => {
    const timers = new ManualTimers();
    let tries = 0;
    const loop = createSyncLoop({
      clock,
      timers,
      runTry: async () => {
        tries += 1;
        return SYNCED;
      },
    });
    loop.start();
    expect(await timers.fire()).toBe(0);
    expect(await timers.fire()).toBe(15_000);
    expect(await timers.fire()).toBe(15_000);
    expect(tries).toBe(3);
    expect(loop.nextTryAt()?.toISOString()).toBe('2025-10-06T08:00:15.000Z');
    await loop.stop();
    expect(timers.pending).toEqual([]);
  });

  it('waits 2 s × 2^n capped at 5 min after failures, with full jitter, and 15 s once back', async () => {
    const timers = new ManualTimers();
    const outcomes = [...Array<SyncTryOutcome>(10).fill(FAILED), SYNCED];
    let random = 0.999;
    const loop = createSyncLoop({
      clock,
      timers,
      random: () => random,
      runTry: async () => outcomes.shift() ?? SYNCED,
    });
    loop.start();
    expect(await timers.fire()).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 8; i += 1) waits.push(await timers.fire());
    expect(waits).toEqual([1_998, 3_996, 7_992, 15_984, 31_968, 63_936, 127_872, 255_744]);
    // Full jitter: anywhere from 0 up to the ceiling, so kiosks back from one outage spread out.
    random = 0.25;
    expect(await timers.fire()).toBe(Math.floor(0.999 * 300_000));
    expect(await timers.fire()).toBe(75_000);
    // The eleventh try succeeds: back to the 15 s rhythm.
    expect(await timers.fire()).toBe(15_000);
    await loop.stop();
  });

  it('stop() aborts the running try and waits for it to end', async () => {
    const timers = new ManualTimers();
    let release: () => void = () => undefined;
    let seenSignal: AbortSignal | undefined;
    const loop = createSyncLoop({
      clock,
      timers,
      runTry: (signal) => {
        seenSignal = signal;
        return new Promise<SyncTryOutcome>((resolve) => {
          release = () => resolve({ kind: 'stopped' });
        });
      },
    });
    loop.start();
    await timers.fire();
    let stopped = false;
    const stopping = loop.stop().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(seenSignal?.aborted).toBe(true);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(stopped).toBe(true);
    expect(timers.pending).toEqual([]);
  });

  it('"Synchroniser maintenant" tries at once and the schedule goes on from it', async () => {
    const timers = new ManualTimers();
    let tries = 0;
    const loop = createSyncLoop({
      clock,
      timers,
      runTry: async () => {
        tries += 1;
        return tries === 2 ? FAILED : SYNCED;
      },
      random: () => 0.5,
    });
    loop.start();
    await timers.fire();
    expect((await loop.tryNow()).kind).toBe('failed');
    expect(timers.pending.map((timer) => timer.ms)).toEqual([1_000]);
    await loop.stop();
  });
});
