// Adapter for Twilio Programmable Messaging (../shared/docs/sms-gateways.md): form-encoded POST
// with HTTP Basic (AccountSid : AuthToken), status polled with GET (a kiosk gets no callbacks).
import type { Agent } from 'node:http';
import { maskPhone } from '../matching/normalise-phone';
import { createProviderHttp } from './provider-http';
import type { SmsDeliveryStatus, SmsGateway } from './sms-gateway';
import { twilioError, twilioMessageSchema, type TwilioMessage } from './twilio-protocol';
import { parseAccepted } from './parse-accepted';

export interface TwilioGatewayOptions {
  /** https://api.twilio.com, or a regional edge. */
  baseUrl: string;
  accountSid: string;
  authToken: string;
  /** From: a number of the account or an alphanumeric sender id. */
  from?: string;
  /** Sends through a messaging service instead of a From (takes precedence). */
  messagingServiceSid?: string;
  /** Seconds Twilio may keep the SMS queued (a late code is useless). */
  validitySeconds?: number;
  timeoutMs: number;
  httpAgent?: Agent;
  log?: (line: string) => void;
}

/** Twilio's accepted range for ValidityPeriod, in seconds. */
const MAX_VALIDITY_SECONDS = 36_000;

export function createTwilioGateway(options: TwilioGatewayOptions): SmsGateway & {
  getStatus(providerMessageId: string): Promise<SmsDeliveryStatus>;
  checkConnection(): Promise<void>;
} {
  if (!options.from && !options.messagingServiceSid) {
    throw new Error('Twilio needs a From or a MessagingServiceSid');
  }
  const log = options.log ?? (() => {});
  const http = createProviderHttp({ label: 'Twilio', ...options });
  const auth = { username: options.accountSid, password: options.authToken };
  const accountPath = `/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}`;

  const parseMessage = (data: unknown): TwilioMessage =>
    parseAccepted(twilioMessageSchema, data, 'Twilio');

  return {
    provider: 'twilio',
    idempotentSends: false,

    async send(message) {
      const form = new URLSearchParams({ To: message.to, Body: message.text });
      if (options.messagingServiceSid) form.set('MessagingServiceSid', options.messagingServiceSid);
      else form.set('From', options.from as string);
      if (options.validitySeconds !== undefined) {
        form.set('ValidityPeriod', String(Math.min(options.validitySeconds, MAX_VALIDITY_SECONDS)));
      }
      const response = await http.request({
        method: 'POST',
        url: `${http.baseUrl}${accountPath}/Messages.json`,
        auth,
        data: form.toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      if (response.status === 201 || response.status === 200) {
        const sent = parseMessage(response.data);
        log(`SMS ${sent.sid} to ${maskPhone(message.to)} accepted by Twilio (${sent.status})`);
        return { providerMessageId: sent.sid, status: sent.status };
      }
      const error = twilioError(
        response.status,
        response.data,
        response.headers['retry-after'],
        Date.now(),
      );
      log(`Twilio did not take the SMS to ${maskPhone(message.to)}: ${error.message}`);
      throw error;
    },

    async checkConnection() {
      // Reading the account sends nothing and needs the right credentials.
      const response = await http.request({
        method: 'GET',
        url: `${http.baseUrl}${accountPath}.json`,
        auth,
      });
      if (response.status === 200) return;
      throw twilioError(
        response.status,
        response.data,
        response.headers['retry-after'],
        Date.now(),
      );
    },

    async getStatus(providerMessageId) {
      const response = await http.request({
        method: 'GET',
        url: `${http.baseUrl}${accountPath}/Messages/${encodeURIComponent(providerMessageId)}.json`,
        auth,
      });
      if (response.status !== 200) {
        throw twilioError(
          response.status,
          response.data,
          response.headers['retry-after'],
          Date.now(),
        );
      }
      const state = parseMessage(response.data);
      return {
        providerMessageId: state.sid,
        status: state.status,
        ...(state.error_code ? { error: `Twilio error ${state.error_code}` } : {}),
      };
    },
  };
}
