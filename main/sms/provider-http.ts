// The HTTP client every cloud SMS adapter shares: one timeout per request (a fraction of the
// overall send deadline), every status handed back to the adapter to map, and a failure without
// an HTTP answer turned into the common error model with the right "may it have been sent" flag.
import type { Agent } from 'node:http';
import axios, { type AxiosInstance, type AxiosRequestConfig, type AxiosResponse } from 'axios';
import { SmsGatewayError } from './sms-gateway';

export interface ProviderHttpOptions {
  /** "Twilio", "OVHcloud"…: starts every log sentence. */
  label: string;
  baseUrl: string;
  /** Per HTTP request. */
  timeoutMs: number;
  httpAgent?: Agent;
}

// Errors raised before a byte reached the provider: the message cannot have been queued.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT']);

export interface ProviderHttp {
  baseUrl: string;
  /** Any HTTP answer (never throws for a status); SmsGatewayError when none came. */
  request(config: AxiosRequestConfig): Promise<AxiosResponse>;
}

export function createProviderHttp(options: ProviderHttpOptions): ProviderHttp {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const http: AxiosInstance = axios.create({
    timeout: options.timeoutMs,
    headers: { Accept: 'application/json' },
    httpAgent: options.httpAgent,
    adapter: 'http',
    // Every status is mapped by the adapter; an axios error then only means "no HTTP answer".
    validateStatus: () => true,
  });
  return {
    baseUrl,
    async request(config) {
      try {
        return await http.request(config);
      } catch (error) {
        throw networkError(error, options.label, baseUrl, options.timeoutMs);
      }
    },
  };
}

/**
 * A request that got no HTTP answer. Refused or unresolvable: surely not sent, safe to retry.
 * A timeout or a connection cut mid-request: the provider may have queued the SMS.
 */
export function networkError(
  error: unknown,
  label: string,
  baseUrl: string,
  timeoutMs: number,
): SmsGatewayError {
  if (error instanceof SmsGatewayError) return error;
  const code = axios.isAxiosError(error) ? error.code : undefined;
  if (code && NOT_SENT_CODES.has(code)) {
    return new SmsGatewayError('Transient', `${label} unreachable at ${baseUrl} (${code})`, true);
  }
  if (code && TIMEOUT_CODES.has(code)) {
    return new SmsGatewayError(
      'Transient',
      `${label} at ${baseUrl} did not answer within ${timeoutMs} ms`,
      true,
      undefined,
      true,
    );
  }
  // The axios error is not kept as a cause: its config holds the request body (the code).
  return new SmsGatewayError(
    'Transient',
    `${label} connection failed (${code ?? (error instanceof Error ? error.message : 'unknown')})`,
    true,
    undefined,
    true,
  );
}
