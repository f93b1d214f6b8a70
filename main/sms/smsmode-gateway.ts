// Adapter for smsmode REST v1 (../shared/docs/sms-gateways.md): JSON POST with X-Api-Key; a
// refusal may come as a 201 whose status says UNDELIVERABLE with a reason, so both are mapped.
import type { Agent } from 'node:http';
import { z } from 'zod';
import { maskPhone } from '../matching/normalise-phone';
import { parseRetryAfter, providerMessage } from './android-gateway-protocol';
import { digitsOnlyNumber } from './digits-only-number';
import { createProviderHttp } from './provider-http';
import { SmsGatewayError, type SmsGateway } from './sms-gateway';
import { parseAccepted } from './parse-accepted';

export interface SmsmodeGatewayOptions {
  /** https://rest.smsmode.com/sms/v1 */
  baseUrl: string;
  apiKey: string;
  /** Sender shown to the parent (≤ 11 letters/digits); the account's default otherwise. */
  sender?: string;
  timeoutMs: number;
  httpAgent?: Agent;
  log?: (line: string) => void;
}

const acceptedSchema = z.object({
  messageId: z.string().min(1),
  status: z.object({ value: z.string(), detail: z.string().nullish() }),
});

/** status.detail of a message smsmode will not deliver, as a typed error. */
function refusal(detail: string | null | undefined): SmsGatewayError {
  const why = `smsmode will not deliver (${detail ?? 'no detail'})`;
  switch (detail) {
    case 'INSUFFICIENT_CREDIT':
      return new SmsGatewayError('InsufficientCredit', why, false);
    case 'DAILY_LIMIT_EXCEEDED':
    case 'ORGANISATION_MONTHLY_LIMIT_EXCEEDED':
      // The account's own ceiling: an hour is the least it takes to lift, far past any deadline.
      return new SmsGatewayError('RateLimited', why, true, 3600);
    case 'INVALID_PHONE_NUMBER':
    case 'BLACKLISTED':
    case 'SPAM':
      return new SmsGatewayError('InvalidNumber', why, false);
    default:
      return new SmsGatewayError('Rejected', why, false);
  }
}

export function smsmodeError(status: number, data: unknown, retryAfter: unknown): SmsGatewayError {
  const message = providerMessage(data);
  // A refusal for want of credit may come with any 4xx, a 403 included: it is not the key.
  if (status === 402 || /credit/i.test(message)) {
    return new SmsGatewayError(
      'InsufficientCredit',
      `smsmode has no credit left (HTTP ${status}): ${message}`,
      false,
    );
  }
  if (status === 401 || status === 403) {
    return new SmsGatewayError(
      'Auth',
      `smsmode refused the API key (HTTP ${status}): check KIOSK_SMSMODE_API_KEY`,
      false,
    );
  }
  if (status === 429) {
    return new SmsGatewayError(
      'RateLimited',
      `smsmode asked to slow down (HTTP 429)`,
      true,
      parseRetryAfter(retryAfter, Date.now()),
    );
  }
  if (status >= 500) {
    return new SmsGatewayError(
      'ProviderError',
      `smsmode failed (HTTP ${status}): ${message}`,
      true,
      undefined,
      true,
    );
  }
  if (/recipient|phone|number/i.test(message)) {
    return new SmsGatewayError(
      'InvalidNumber',
      `smsmode refused the number (HTTP ${status}): ${message}`,
      false,
    );
  }
  return new SmsGatewayError(
    'Rejected',
    `smsmode rejected the request (HTTP ${status}): ${message}`,
    false,
  );
}

export function createSmsmodeGateway(options: SmsmodeGatewayOptions): SmsGateway {
  const log = options.log ?? (() => {});
  const http = createProviderHttp({ label: 'smsmode', ...options });

  return {
    provider: 'smsmode',
    idempotentSends: false,

    async send(message) {
      const response = await http.request({
        method: 'POST',
        url: `${http.baseUrl}/messages`,
        headers: { 'X-Api-Key': options.apiKey, 'Content-Type': 'application/json' },
        data: {
          recipient: { to: digitsOnlyNumber(message.to) },
          body: { text: message.text },
          ...(options.sender ? { from: options.sender } : {}),
          refClient: message.clientId,
        },
      });
      if (response.status !== 201) {
        const error = smsmodeError(response.status, response.data, response.headers['retry-after']);
        log(`smsmode did not take the SMS to ${maskPhone(message.to)}: ${error.message}`);
        throw error;
      }
      const { messageId, status } = parseAccepted(acceptedSchema, response.data, 'smsmode');
      if (status.value === 'UNDELIVERABLE' || status.value === 'UNDELIVERED') {
        const error = refusal(status.detail);
        log(`smsmode did not take the SMS to ${maskPhone(message.to)}: ${error.message}`);
        throw error;
      }
      log(`SMS ${messageId} to ${maskPhone(message.to)} accepted by smsmode (${status.value})`);
      return { providerMessageId: messageId, status: status.value };
    },
  };
}
