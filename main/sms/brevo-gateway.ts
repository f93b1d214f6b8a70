// Adapter for Brevo transactional SMS (../shared/docs/sms-gateways.md): JSON POST with the
// api-key header; its rate limit says when it resets in x-sib-ratelimit-reset (seconds).
import type { Agent } from 'node:http';
import { z } from 'zod';
import { maskPhone } from '../matching/normalise-phone';
import { parseRetryAfter, providerMessage } from './android-gateway-protocol';
import { digitsOnlyNumber } from './digits-only-number';
import { createProviderHttp } from './provider-http';
import { SmsGatewayError, type SmsGateway } from './sms-gateway';
import { parseAccepted } from './parse-accepted';

export interface BrevoGatewayOptions {
  /** https://api.brevo.com/v3 */
  baseUrl: string;
  apiKey: string;
  /** Required by Brevo: ≤ 11 letters/digits or ≤ 15 digits. */
  sender: string;
  timeoutMs: number;
  httpAgent?: Agent;
  log?: (line: string) => void;
}

const acceptedSchema = z.object({ messageId: z.union([z.number(), z.string()]) });

function errorCode(data: unknown): string | undefined {
  if (typeof data === 'object' && data !== null && 'code' in data) {
    const code = (data as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

export function brevoError(
  status: number,
  data: unknown,
  headers: Record<string, unknown>,
): SmsGatewayError {
  const code = errorCode(data);
  const message = providerMessage(data);
  const reason = `HTTP ${status}${code ? ` ${code}` : ''}`;
  if (status === 429) {
    return new SmsGatewayError(
      'RateLimited',
      `Brevo asked to slow down (${reason})`,
      true,
      parseRetryAfter(headers['x-sib-ratelimit-reset'], Date.now()),
    );
  }
  // not_enough_credits is the account's balance whatever the status (403 included), not the key.
  if (status === 402 || code === 'not_enough_credits') {
    return new SmsGatewayError(
      'InsufficientCredit',
      `Brevo has no SMS credit left (${reason})`,
      false,
    );
  }
  if (status === 401 || status === 403 || code === 'unauthorized' || code === 'permission_denied') {
    return new SmsGatewayError(
      'Auth',
      `Brevo refused the API key (${reason}): check KIOSK_BREVO_API_KEY and that SMS is enabled on the account`,
      false,
    );
  }
  if (status >= 500) {
    return new SmsGatewayError(
      'ProviderError',
      `Brevo failed (${reason}): ${message}`,
      true,
      undefined,
      true,
    );
  }
  if (/recipient|phone|number/i.test(message)) {
    return new SmsGatewayError(
      'InvalidNumber',
      `Brevo refused the number (${reason}): ${message}`,
      false,
    );
  }
  return new SmsGatewayError(
    'Rejected',
    `Brevo rejected the request (${reason}): ${message}`,
    false,
  );
}

export function createBrevoGateway(options: BrevoGatewayOptions): SmsGateway & {
  checkConnection(): Promise<void>;
} {
  const log = options.log ?? (() => {});
  const http = createProviderHttp({ label: 'Brevo', ...options });
  const headers = { 'api-key': options.apiKey };

  return {
    provider: 'brevo',
    idempotentSends: false,

    async send(message) {
      const response = await http.request({
        method: 'POST',
        url: `${http.baseUrl}/transactionalSMS/send`,
        headers: { ...headers, 'Content-Type': 'application/json' },
        data: {
          sender: options.sender,
          recipient: digitsOnlyNumber(message.to),
          content: message.text,
          type: 'transactional',
          tag: 'kiosk-activation',
        },
      });
      if (response.status < 200 || response.status > 299) {
        const error = brevoError(response.status, response.data, response.headers);
        log(`Brevo did not take the SMS to ${maskPhone(message.to)}: ${error.message}`);
        throw error;
      }
      const id = String(parseAccepted(acceptedSchema, response.data, 'Brevo').messageId);
      log(`SMS ${id} to ${maskPhone(message.to)} accepted by Brevo`);
      return { providerMessageId: id, status: 'accepted' };
    },

    async checkConnection() {
      // Reading the account sends nothing and needs a valid key.
      const response = await http.request({
        method: 'GET',
        url: `${http.baseUrl}/account`,
        headers,
      });
      if (response.status !== 200)
        throw brevoError(response.status, response.data, response.headers);
    },
  };
}
