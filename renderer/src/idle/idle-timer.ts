// S-KIOSK-1: after `idleMs` without input, warn ("Êtes-vous toujours là ?"); after a further
// `warningMs` without "Continuer", reset. Plain TypeScript with injectable timers so it can be
// tested without a DOM or real time.

export interface TimerApi {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type IdlePhase = 'stopped' | 'active' | 'warning';

export interface IdleTimerOptions {
  idleMs: number;
  warningMs: number;
  onWarning: () => void;
  onReset: () => void;
  timers?: TimerApi;
}

export interface IdleTimer {
  readonly phase: IdlePhase;
  /** Arm (or re-arm) the idle countdown. */
  start(): void;
  /** Any pointer / key / touch input. Postpones the warning; ignored while the warning shows. */
  activity(): void;
  /** "Continuer" on the warning: back to the idle countdown. */
  continue(): void;
  stop(): void;
  configure(idleMs: number, warningMs: number): void;
}

const defaultTimers: TimerApi = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  const timers = options.timers ?? defaultTimers;
  let idleMs = options.idleMs;
  let warningMs = options.warningMs;
  let phase: IdlePhase = 'stopped';
  let handle: unknown = null;

  const clear = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };

  const armIdle = () => {
    clear();
    phase = 'active';
    handle = timers.setTimeout(() => {
      handle = null;
      phase = 'warning';
      handle = timers.setTimeout(() => {
        handle = null;
        phase = 'stopped';
        options.onReset();
      }, warningMs);
      options.onWarning();
    }, idleMs);
  };

  return {
    get phase() {
      return phase;
    },
    start: armIdle,
    activity() {
      if (phase === 'active') armIdle();
    },
    continue() {
      if (phase !== 'stopped') armIdle();
    },
    stop() {
      clear();
      phase = 'stopped';
    },
    configure(nextIdleMs, nextWarningMs) {
      idleMs = nextIdleMs;
      warningMs = nextWarningMs;
      if (phase === 'active') armIdle();
    },
  };
}
