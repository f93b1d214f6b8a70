// Wire shapes of "SMS Gateway for Android" (capcom6) in local-server mode and how its HTTP
// answers map to the common error model (../shared/docs/sms-gateways.md).
import { z } from 'zod';
import { SmsGatewayError } from './sms-gateway';
import { maskNumbersInText } from './mask-numbers-in-text';

/** The answer to POST /message (202) and GET /message/{id} (200). */
export const messageStateSchema = z.object({
  id: z.string().min(1),
  state: z.string().min(1),
  recipients: z
    .array(
      z.object({
        phoneNumber: z.string(),
        state: z.string(),
        error: z.string().nullish(),
      }),
    )
    .default([]),
});

export type AndroidMessageState = z.infer<typeof messageStateSchema>;

export interface AndroidSendBody {
  textMessage: { text: string };
  phoneNumbers: string[];
  id: string;
  withDeliveryReport: true;
  ttl?: number;
  simNumber?: number;
}

export function buildSendBody(
  to: string,
  text: string,
  clientId: string,
  options: { ttlSeconds?: number; simNumber?: number },
): AndroidSendBody {
  return {
    textMessage: { text },
    phoneNumbers: [to],
    // Our id doubles as the gateway's: a retry with it gets 409 instead of a second SMS.
    id: clientId,
    withDeliveryReport: true,
    ...(options.ttlSeconds !== undefined ? { ttl: options.ttlSeconds } : {}),
    ...(options.simNumber !== undefined ? { simNumber: options.simNumber } : {}),
  };
}

/** The first recipient the phone already gave up on (a bad number is not a 400 there). */
export function failedRecipient(
  state: AndroidMessageState,
): { phoneNumber: string; error: string } | undefined {
  const failed = state.recipients.find((recipient) => recipient.state === 'Failed');
  return failed
    ? {
        phoneNumber: failed.phoneNumber,
        error: maskNumbersInText(failed.error ?? 'no reason given').slice(0, 200),
      }
    : undefined;
}

/** The gateway's own `{"message": …}`, shortened and without full numbers: it goes to the log. */
export function providerMessage(data: unknown): string {
  if (typeof data === 'object' && data !== null && 'message' in data) {
    const message = (data as { message: unknown }).message;
    if (typeof message === 'string') return maskNumbersInText(message).slice(0, 200);
  }
  return 'no message';
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(header: unknown, nowMs: number): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}

/** Maps a non-success HTTP answer to the common error kinds. */
export function errorFromStatus(
  status: number,
  data: unknown,
  retryAfterHeader: unknown,
  nowMs: number,
): SmsGatewayError {
  const reason = providerMessage(data);
  if (status === 401 || status === 403) {
    return new SmsGatewayError(
      'Auth',
      `Android gateway refused the credentials (HTTP ${status}): check KIOSK_SMS_USERNAME and KIOSK_SMS_PASSWORD`,
      false,
    );
  }
  if (status === 429) {
    return new SmsGatewayError(
      'RateLimited',
      'Android gateway asked to slow down (HTTP 429)',
      true,
      parseRetryAfter(retryAfterHeader, nowMs),
    );
  }
  if (status >= 500) {
    // The phone may have queued the message before failing; the client id makes a retry safe.
    return new SmsGatewayError(
      'ProviderError',
      `Android gateway failed (HTTP ${status}): ${reason}`,
      true,
      undefined,
      true,
    );
  }
  if (status === 400 && /phone/i.test(reason)) {
    return new SmsGatewayError(
      'InvalidNumber',
      `Android gateway refused the number: ${reason}`,
      false,
    );
  }
  // 400 means our request was malformed: sending it again cannot help.
  return new SmsGatewayError(
    'Rejected',
    `Android gateway rejected the request (HTTP ${status}): ${reason}`,
    false,
  );
}
