// When the kiosk syncs (docs/developers/sync.md, "The kiosk's loop"): a try every 15 s while it
// works; after a failure, a wait of 2 s × 2^n capped at 5 min with full jitter (a random time
// between 0 and that), so a hundred kiosks coming back after an outage do not arrive together.
// One try at a time; stop() aborts the one running and waits for it.
import type { Clock } from '../platform/clock';
import type { SyncTryOutcome } from './run-sync-try';

export const SYNC_INTERVAL_MS = 15_000;
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

export interface SyncTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: SyncTimers = {
  set: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pending sync never keeps a command or a test process alive on its own.
    handle.unref();
    return handle;
  },
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface SyncLoopOptions {
  runTry(signal: AbortSignal): Promise<SyncTryOutcome>;
  clock: Clock;
  /** Math.random by default: the jitter. */
  random?: () => number;
  timers?: SyncTimers;
  intervalMs?: number;
  log?: (line: string) => void;
}

export interface SyncLoop {
  start(): void;
  /** A try now (waits for one running first); the schedule starts again from its outcome. */
  tryNow(): Promise<SyncTryOutcome>;
  /** Brings the next automatic try forward to now (no-op unless started). */
  kick(): void;
  /** When the next automatic try is due; null while stopped or trying. */
  nextTryAt(): Date | null;
  stop(): Promise<void>;
}

/** The wait after `failures` failed tries in a row (≥ 1): full jitter under the capped doubling. */
export function backoffDelayMs(failures: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 30));
  return Math.floor(random() * ceiling);
}

export function createSyncLoop(options: SyncLoopOptions): SyncLoop {
  const timers = options.timers ?? realTimers;
  const random = options.random ?? Math.random;
  const intervalMs = options.intervalMs ?? SYNC_INTERVAL_MS;
  let started = false;
  let timer: unknown = null;
  let dueAt: Date | null = null;
  let failures = 0;
  let running: Promise<SyncTryOutcome> | null = null;
  // One per try: stop() aborts the one running; a later "sync now" (the CLI, a stopped kiosk's
  // console) still gets a try of its own, just no schedule after it.
  let controller: AbortController | null = null;

  const schedule = (ms: number) => {
    if (!started) return;
    if (timer !== null) timers.clear(timer);
    dueAt = new Date(options.clock.now().getTime() + ms);
    timer = timers.set(() => {
      timer = null;
      void tryOnce();
    }, ms);
  };

  async function tryOnce(): Promise<SyncTryOutcome> {
    if (running) await running.catch(() => undefined);
    if (timer !== null) timers.clear(timer);
    timer = null;
    dueAt = null;
    const own = new AbortController();
    controller = own;
    const attempt = (async (): Promise<SyncTryOutcome> => {
      try {
        return await options.runTry(own.signal);
      } catch (error) {
        // A bug, not the network: logged, and counted as a failure so it is not retried in a loop.
        options.log?.(
          `sync: try failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        return {
          kind: 'failed',
          failure: { kind: 'hub-error', hubError: null, message: 'internal error, see the log' },
        };
      }
    })();
    running = attempt;
    const outcome = await attempt;
    if (running === attempt) running = null;
    if (outcome.kind === 'failed') {
      failures += 1;
      schedule(backoffDelayMs(failures, random));
    } else if (outcome.kind !== 'stopped') {
      failures = 0;
      schedule(intervalMs);
    }
    return outcome;
  }

  return {
    start() {
      if (started) return;
      started = true;
      schedule(0);
    },
    tryNow: tryOnce,
    kick() {
      if (running === null) schedule(0);
    },
    nextTryAt: () => dueAt,
    async stop() {
      started = false;
      if (timer !== null) timers.clear(timer);
      timer = null;
      dueAt = null;
      controller?.abort();
      if (running) await running.catch(() => undefined);
    },
  };
}
