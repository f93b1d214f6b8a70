// OVHcloud SMS answers mapped to the common error model (../shared/docs/sms-gateways.md).
import { z } from 'zod';
import { parseRetryAfter, providerMessage } from './android-gateway-protocol';
import { SmsGatewayError } from './sms-gateway';

/** 200 on POST /sms/{serviceName}/jobs: an invalid number is listed here, not an HTTP error. */
export const ovhJobSchema = z.object({
  totalCreditsRemoved: z.number(),
  invalidReceivers: z.array(z.string()),
  validReceivers: z.array(z.string()),
  ids: z.array(z.number()),
});

const AUTH_CODES = new Set([
  'INVALID_CREDENTIAL',
  'NOT_GRANTED_CALL',
  'INVALID_KEY',
  'INVALID_SIGNATURE',
  'NOT_CREDENTIAL',
]);

function errorCode(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as { errorCode?: unknown; class?: unknown };
  if (typeof record.errorCode === 'string') return record.errorCode;
  if (typeof record.class === 'string') return record.class;
  return undefined;
}

/** A non-200 answer of OVHcloud; the log detail keeps X-Ovh-QueryID for OVH's support. */
export function ovhError(
  status: number,
  data: unknown,
  headers: { 'retry-after'?: unknown; 'x-ovh-queryid'?: unknown },
  nowMs: number,
): SmsGatewayError {
  const code = errorCode(data);
  const message = providerMessage(data);
  const queryId =
    typeof headers['x-ovh-queryid'] === 'string' ? `, query ${headers['x-ovh-queryid']}` : '';
  const reason = `HTTP ${status}${code ? ` ${code}` : ''}${queryId}`;
  if (status === 429) {
    return new SmsGatewayError(
      'RateLimited',
      `OVHcloud asked to slow down (${reason})`,
      true,
      parseRetryAfter(headers['retry-after'], nowMs),
    );
  }
  // OVH refuses a send without credit with a 403 too (Client::Forbidden): its message, not the
  // status, tells it from a refused key.
  const authCode = code !== undefined && AUTH_CODES.has(code);
  if (!authCode && /credit/i.test(message)) {
    return new SmsGatewayError(
      'InsufficientCredit',
      `OVHcloud has no SMS credit left (${reason}): ${message}`,
      false,
    );
  }
  if (status === 401 || status === 403 || authCode) {
    return new SmsGatewayError(
      'Auth',
      `OVHcloud refused the credentials (${reason}): ${message}; check KIOSK_OVH_APPLICATION_KEY, KIOSK_OVH_APPLICATION_SECRET, KIOSK_OVH_CONSUMER_KEY and the consumer key's rights`,
      false,
    );
  }
  if (status === 404) {
    return new SmsGatewayError(
      'NotConfigured',
      `OVHcloud does not know this SMS account (${reason}): check KIOSK_OVH_SERVICE_NAME`,
      false,
    );
  }
  if (status >= 500) {
    // OVH may have created the job; it has no idempotency key, so no retry.
    return new SmsGatewayError(
      'ProviderError',
      `OVHcloud failed (${reason}): ${message}`,
      true,
      undefined,
      true,
    );
  }
  if (/receiver|number/i.test(message)) {
    return new SmsGatewayError(
      'InvalidNumber',
      `OVHcloud refused the number (${reason}): ${message}`,
      false,
    );
  }
  return new SmsGatewayError(
    'Rejected',
    `OVHcloud rejected the request (${reason}): ${message}`,
    false,
  );
}
