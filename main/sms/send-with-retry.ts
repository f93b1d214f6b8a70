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

/** No HTTP attempt is cut shorter than this: a phone on the LAN may take a second to answer. */
export const MIN_ATTEMPT_TIMEOUT_MS = 2000;

/**
 * The timeout of one HTTP attempt within an overall deadline: half of it (at least
 * MIN_ATTEMPT_TIMEOUT_MS), so an attempt that times out leaves time for a retry, which with a
 * client id either sends the SMS or learns (409) that the first attempt already did.
 */
export function attemptTimeoutMs(deadlineMs: number): number {
  return Math.max(MIN_ATTEMPT_TIMEOUT_MS, Math.floor(deadlineMs / 2));
}

/** The same error, marked as possibly accepted by the provider. */
const asUncertain = (error: SmsGatewayError): SmsGatewayError =>
  error.outcomeUncertain
    ? error
    : new SmsGatewayError(
        error.kind,
        error.message,
        error.retryable,
        error.retryAfterSeconds,
        true,
      );

/** True when another attempt cannot make the parent receive the SMS twice. */
export function isSafeToRetry(error: SmsGatewayError, isIdempotent: boolean): boolean {
  if (error.kind === 'RateLimited') return true; // refused outright: nothing was queued
  // No answer, or the provider's own failure: another attempt may get through.
  if ((error.kind !== 'Transient' && error.kind !== 'ProviderError') || !error.retryable) {
    return false;
  }
  return !error.outcomeUncertain || isIdempotent;
}

/**
 * Sends with retries: RateLimited (waiting Retry-After) and retryable Transient errors; after an
 * uncertain outcome (timeout, 5xx, lost answer) only when the provider is idempotent. Throws the
 * last error when it must not be retried or attempts run out, the RateLimited error when its
 * Retry-After falls beyond the deadline, and a Transient error once the deadline passes.
 * Whatever it throws is `outcomeUncertain` when any attempt may have reached the provider (an
 * earlier attempt with the same client id may still be delivered), so the caller can count it.
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
  let sawUncertain = false;

  for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
    const remainingMs = deadline - now();
    if (remainingMs <= 0) break;
    try {
      return await withinDeadline(gateway.send(message), remainingMs);
    } catch (error) {
      if (!(error instanceof SmsGatewayError)) throw error; // a bug, not a provider answer
      lastError = error;
      sawUncertain ||= error.outcomeUncertain;
      const final = sawUncertain ? asUncertain(error) : error;
      if (attempt === options.maxAttempts || !isSafeToRetry(error, isIdempotent)) throw final;
      const delayMs =
        error.kind === 'RateLimited' && error.retryAfterSeconds !== undefined
          ? error.retryAfterSeconds * 1000
          : baseDelayMs * 2 ** (attempt - 1) * (0.5 + random() / 2); // jittered back-off
      if (now() + delayMs >= deadline) {
        // Retrying before Retry-After would only be refused again; the caller can say "later".
        if (error.kind === 'RateLimited') throw final;
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
    sawUncertain || lastError === undefined,
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
