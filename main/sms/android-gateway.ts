// Adapter for "SMS Gateway for Android" (capcom6) in local-server mode: an Android phone with a
// SIM on the school LAN, so codes go out even without internet (../shared/docs/sms-gateways.md).
import type { Agent } from 'node:http';
import axios, { type AxiosResponse } from 'axios';
import { maskPhone } from '../matching/normalise-phone';
import { networkError as providerNetworkError } from './provider-http';
import {
  buildSendBody,
  errorFromStatus,
  failedRecipient,
  messageStateSchema,
  type AndroidMessageState,
} from './android-gateway-protocol';
import {
  SmsGatewayError,
  type SmsDeliveryStatus,
  type SmsGateway,
  type SmsMessage,
  type SmsSendReceipt,
} from './sms-gateway';
import { parseAccepted } from './parse-accepted';

export interface AndroidGatewayOptions {
  /** e.g. http://192.168.1.20:8080 */
  baseUrl: string;
  username: string;
  password: string;
  /** Per HTTP request. */
  timeoutMs: number;
  /** SIM slot (1-based) on dual-SIM phones; the phone's default otherwise. */
  simNumber?: number;
  /** Drop the SMS if the phone cannot send it in time (a late code is useless). */
  ttlSeconds?: number;
  httpAgent?: Agent;
  /** English lines for the kiosk log; never receives the message text. */
  log?: (line: string) => void;
}

export function createAndroidGateway(options: AndroidGatewayOptions): SmsGateway & {
  getStatus(providerMessageId: string): Promise<SmsDeliveryStatus>;
  checkConnection(): Promise<void>;
} {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const log = options.log ?? (() => {});
  const http = axios.create({
    baseURL: baseUrl,
    auth: { username: options.username, password: options.password },
    timeout: options.timeoutMs,
    headers: { Accept: 'application/json' },
    httpAgent: options.httpAgent,
    adapter: 'http',
    // The phone is on the LAN: a school's HTTP_PROXY variable must not reroute it.
    proxy: false,
    // Every status is mapped below; axios errors then only mean "no HTTP answer".
    validateStatus: () => true,
  });

  async function request(run: () => Promise<AxiosResponse>): Promise<AxiosResponse> {
    try {
      return await run();
    } catch (error) {
      throw networkError(error, baseUrl, options.timeoutMs);
    }
  }

  async function fetchState(id: string): Promise<AndroidMessageState> {
    const response = await request(() => http.get(`/message/${encodeURIComponent(id)}`));
    if (response.status === 404) {
      throw new SmsGatewayError('Transient', `Android gateway does not know message ${id}`, false);
    }
    if (response.status !== 200)
      throw errorFromStatus(
        response.status,
        response.data,
        response.headers['retry-after'],
        Date.now(),
      );
    return parseState(response.data);
  }

  function receiptFrom(state: AndroidMessageState, to: string): SmsSendReceipt {
    const failed = failedRecipient(state);
    if (failed) {
      log(`Android gateway failed the SMS to ${maskPhone(to)} at once (${failed.error})`);
      throw new SmsGatewayError(
        'InvalidNumber',
        `Android gateway failed the recipient: ${failed.error}`,
        false,
      );
    }
    log(`SMS ${state.id} to ${maskPhone(to)} accepted by the Android gateway (${state.state})`);
    return { providerMessageId: state.id, status: state.state };
  }

  return {
    provider: 'android-gateway',
    idempotentSends: true,

    async send(message: SmsMessage): Promise<SmsSendReceipt> {
      const body = buildSendBody(message.to, message.text, message.clientId, options);
      const response = await request(() => http.post('/message', body));
      if (response.status === 202 || response.status === 200 || response.status === 201) {
        return receiptFrom(parseState(response.data), message.to);
      }
      if (response.status === 409) {
        // An earlier attempt with this client id got through but its answer was lost.
        log(
          `SMS ${message.clientId} was already accepted by the Android gateway; reading its state`,
        );
        return receiptFrom(await fetchState(message.clientId), message.to);
      }
      const error = errorFromStatus(
        response.status,
        response.data,
        response.headers['retry-after'],
        Date.now(),
      );
      log(`Android gateway did not take the SMS to ${maskPhone(message.to)}: ${error.message}`);
      throw error;
    },

    async checkConnection(): Promise<void> {
      // GET /health needs no credentials; reading a message that does not exist does: 404 means
      // the phone answered and took the password.
      const response = await request(() => http.get('/message/kiosk-connection-check'));
      if (response.status === 404 || response.status === 200) return;
      throw errorFromStatus(
        response.status,
        response.data,
        response.headers['retry-after'],
        Date.now(),
      );
    },

    async getStatus(providerMessageId: string): Promise<SmsDeliveryStatus> {
      const state = await fetchState(providerMessageId);
      const failed = failedRecipient(state);
      return {
        providerMessageId: state.id,
        status: state.state,
        ...(failed ? { error: failed.error } : {}),
      };
    },
  };
}

function parseState(data: unknown): AndroidMessageState {
  return parseAccepted(messageStateSchema, data, 'Android gateway');
}

function networkError(error: unknown, baseUrl: string, timeoutMs: number): SmsGatewayError {
  return providerNetworkError(error, 'Android gateway', baseUrl, timeoutMs);
}
