// Adapter for OVHcloud SMS (../shared/docs/sms-gateways.md): signed JSON requests stamped with
// OVH's clock (read from GET /auth/time, kept as an offset, because a kiosk's clock may drift
// and OVH refuses a timestamp it considers stale).
import type { Agent } from 'node:http';
import { maskPhone } from '../matching/normalise-phone';
import { ovhError, ovhJobSchema } from './ovh-protocol';
import { ovhHeaders, type OvhCredentials } from './ovh-request-signature';
import { createProviderHttp } from './provider-http';
import { SmsGatewayError, type SmsGateway } from './sms-gateway';
import { parseAccepted } from './parse-accepted';

export interface OvhGatewayOptions extends OvhCredentials {
  /** https://eu.api.ovh.com/1.0 (or ca./us. endpoints), without a trailing slash. */
  baseUrl: string;
  /** The SMS account, e.g. sms-ab12345-1. */
  serviceName: string;
  /** A sender registered on the account; without it OVH sends from a short number. */
  sender?: string;
  /** Minutes OVH keeps trying (a late code is useless). */
  validityMinutes?: number;
  timeoutMs: number;
  httpAgent?: Agent;
  /** Seconds since the epoch by the kiosk's clock (tests move it). */
  nowSeconds?: () => number;
  log?: (line: string) => void;
}

/** The offset is read again after this long: clocks keep drifting. */
const TIME_OFFSET_MAX_AGE_SECONDS = 3600;

export function createOvhGateway(options: OvhGatewayOptions): SmsGateway & {
  checkConnection(): Promise<void>;
} {
  const log = options.log ?? (() => {});
  const nowSeconds = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const http = createProviderHttp({ label: 'OVHcloud', ...options });
  const servicePath = `/sms/${encodeURIComponent(options.serviceName)}`;
  let offset: { seconds: number; readAt: number } | undefined;

  async function ovhTime(): Promise<number> {
    const now = nowSeconds();
    if (!offset || now - offset.readAt > TIME_OFFSET_MAX_AGE_SECONDS) {
      const response = await http.request({ method: 'GET', url: `${http.baseUrl}/auth/time` });
      const serverTime = Number(response.data);
      if (response.status !== 200 || !Number.isInteger(serverTime)) {
        // Nothing was sent yet: a failure of OVH's, or a refusal of the request.
        throw new SmsGatewayError(
          response.status >= 500 ? 'ProviderError' : 'Rejected',
          `OVHcloud did not give its time (HTTP ${response.status})`,
          response.status >= 500,
        );
      }
      offset = { seconds: serverTime - now, readAt: now };
    }
    return now + offset.seconds;
  }

  async function signed(method: 'GET' | 'POST', path: string, body?: unknown) {
    const url = `${http.baseUrl}${path}`;
    // The signature covers the exact bytes sent, so the body is serialised once, here.
    const text = body === undefined ? '' : JSON.stringify(body);
    const timestamp = await ovhTime();
    return http.request({
      method,
      url,
      ...(body === undefined ? {} : { data: text }),
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...ovhHeaders(options, method, url, text, timestamp),
      },
      // Keep axios from re-serialising the string.
      transformRequest: [(data: unknown) => data],
    });
  }

  const fail = (response: { status: number; data: unknown; headers: Record<string, unknown> }) =>
    ovhError(response.status, response.data, response.headers, Date.now());

  return {
    provider: 'ovh',
    idempotentSends: false,

    async send(message) {
      const response = await signed('POST', `${servicePath}/jobs`, {
        message: message.text,
        receivers: [message.to],
        ...(options.sender ? { sender: options.sender } : { senderForResponse: true }),
        // A code is not marketing: no "STOP 36111" line, and no holding at night or weekends.
        noStopClause: true,
        priority: 'high',
        ...(options.validityMinutes !== undefined
          ? { validityPeriod: options.validityMinutes }
          : {}),
        tag: 'kiosk',
        charset: 'UTF-8',
      });
      if (response.status !== 200) {
        const error = fail(response);
        log(`OVHcloud did not take the SMS to ${maskPhone(message.to)}: ${error.message}`);
        throw error;
      }
      const job = parseAccepted(ovhJobSchema, response.data, 'OVHcloud');
      const id = job.ids[0];
      if (job.invalidReceivers.length > 0 || id === undefined) {
        log(`OVHcloud refused the number ${maskPhone(message.to)} (invalidReceivers)`);
        throw new SmsGatewayError(
          'InvalidNumber',
          'OVHcloud listed the recipient in invalidReceivers',
          false,
        );
      }
      log(`SMS ${id} to ${maskPhone(message.to)} accepted by OVHcloud`);
      return { providerMessageId: String(id), status: 'accepted' };
    },

    async checkConnection() {
      // Reading the SMS account sends nothing and needs valid keys granted on /sms/*.
      const response = await signed('GET', servicePath);
      if (response.status !== 200) throw fail(response);
    },
  };
}
