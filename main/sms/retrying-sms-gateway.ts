import { sendWithRetry } from './send-with-retry';
import type { SmsGateway } from './sms-gateway';

/**
 * Wraps a gateway so every send follows the one retry policy within an overall deadline (the
 * parent is waiting at the screen). The core sees a plain SmsGateway. The wrapped gateway's own
 * per-request timeout must be shorter than the deadline (see attemptTimeoutMs), or a single
 * timed-out attempt uses the whole budget and no retry ever happens.
 */
export function withSendRetries(
  gateway: SmsGateway,
  options: { deadlineMs: number; maxAttempts?: number },
): SmsGateway {
  return {
    provider: gateway.provider,
    ...(gateway.idempotentSends !== undefined ? { idempotentSends: gateway.idempotentSends } : {}),
    ...(gateway.getStatus ? { getStatus: gateway.getStatus.bind(gateway) } : {}),
    ...(gateway.checkConnection ? { checkConnection: gateway.checkConnection.bind(gateway) } : {}),
    send: (message) =>
      sendWithRetry(gateway, message, {
        maxAttempts: options.maxAttempts ?? 3,
        deadlineMs: options.deadlineMs,
      }),
  };
}
