// The one retry policy for every gateway (../shared/docs/sms-gateways.md, "Retry only what is
// safe"): a parent must never receive two codes because the kiosk retried blindly.
import {
  SmsGatewayError,
  type SmsGateway,
  type SmsMessage,
  type SmsSendReceipt,
} from './sms-gateway';

export interface SendRetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Overall budget from the first attempt: the parent is waiting at the screen. */
  deadlineMs: number;
  /**
   * The provider de-duplicates by client id, so retrying after a timeout or 5xx is safe.
   * Defaults to `gateway.idempotentSends`.
   */
  isIdempotent?: boolean;
  sleep?: (ms: number) => Promise<void>;
  /** Monotonic milliseconds. */
  now?: () => number;
  /** In [0, 1), for the back-off jitter. */
  random?: () => number;
  /** First back-off when the provider gives no Retry-After. */
  baseDelayMs?: number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** True when another attempt cannot make the parent receive the SMS twice. */
export function isSafeToRetry(error: SmsGatewayError, isIdempotent: boolean): boolean {
  if (error.kind === 'RateLimited') return true; // refused outright: nothing was queued
  if (error.kind !== 'Transient' || !error.retryable) return false;
  return !error.outcomeUncertain || isIdempotent;
}

/**
 * Sends with retries: RateLimited (waiting Retry-After) and retryable Transient errors; after an
 * uncertain outcome (timeout, 5xx, lost answer) only when the provider is idempotent. Throws the
 * last error when it must not be retried or attempts run out, the RateLimited error when its
 * Retry-After falls beyond the deadline, and a Transient error once the deadline passes.
 */
export async function sendWithRetry(
  gateway: SmsGateway,
  message: SmsMessage,
  options: SendRetryOptions,
): Promise<SmsSendReceipt> {
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? (() => performance.now());
  const random = options.random ?? Math.random;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const isIdempotent = options.isIdempotent ?? gateway.idempotentSends === true;
  const deadline = now() + options.deadlineMs;
  let lastError: SmsGatewayError | undefined;

  for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
    const remainingMs = deadline - now();
    if (remainingMs <= 0) break;
    try {
      return await withinDeadline(gateway.send(message), remainingMs);
    } catch (error) {
      if (!(error instanceof SmsGatewayError)) throw error; // a bug, not a provider answer
      lastError = error;
      if (attempt === options.maxAttempts || !isSafeToRetry(error, isIdempotent)) throw error;
      const delayMs =
        error.kind === 'RateLimited' && error.retryAfterSeconds !== undefined
          ? error.retryAfterSeconds * 1000
          : baseDelayMs * 2 ** (attempt - 1) * (0.5 + random() / 2); // jittered back-off
      if (now() + delayMs >= deadline) {
        // Retrying before Retry-After would only be refused again; the caller can say "later".
        if (error.kind === 'RateLimited') throw error;
        break;
      }
      await sleep(delayMs);
    }
  }
  throw new SmsGatewayError(
    'Transient',
    `SMS gateway gave up after ${options.deadlineMs} ms${lastError ? `: ${lastError.message}` : ''}`,
    false,
    undefined,
    lastError?.outcomeUncertain ?? true,
  );
}

/** The attempt itself keeps running (its own timeout ends it); we just stop waiting for it. */
function withinDeadline<T>(attempt: Promise<T>, remainingMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new SmsGatewayError(
            'Transient',
            `SMS gateway gave no answer within the deadline`,
            false,
            undefined,
            true,
          ),
        ),
      remainingMs,
    );
  });
  return Promise.race([attempt, expired]).finally(() => clearTimeout(timer));
}
