// A loopback Twilio Programmable Messaging (../shared/docs/sms-gateways.md): HTTP Basic with
// the AccountSid and Auth Token, a form-encoded POST …/Messages.json answered 201 in Twilio's
// shape, its JSON errors with Twilio's codes, GET of a message and of the account. Magic numbers
// as in fake-provider-server.ts (…0000 answers 21211; …0402 answers 21608, an account that
// cannot send there: Twilio has no "no credit" answer at send time).
import { randomBytes } from 'node:crypto';
import {
  magicNumber,
  startFakeProviderServer,
  type FakeAnswer,
  type FakeRequest,
  type FakeSmsProvider,
} from './fake-provider-server';

export interface FakeTwilio extends FakeSmsProvider {
  /** Moves a message on, as Twilio does when the operator reports it (for polling tests). */
  setMessageStatus(sid: string, status: string, errorCode?: number): void;
}

const twilioError = (status: number, code: number, message: string): FakeAnswer => ({
  status,
  body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
});

export async function startFakeTwilio(options: {
  accountSid: string;
  authToken: string;
  /** The From numbers / sender ids the account owns. */
  senders: string[];
  messagingServiceSid?: string;
}): Promise<FakeTwilio> {
  const expectedAuth = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  const accountPath = `/2010-04-01/Accounts/${options.accountSid}`;
  const messages = new Map<string, Record<string, unknown>>();

  const fake = await startFakeProviderServer((req: FakeRequest, api) => {
    if (req.headers.authorization !== expectedAuth || !req.path.startsWith(`${accountPath}`)) {
      return twilioError(401, 20003, 'Authenticate');
    }
    if (req.method === 'GET' && req.path === `${accountPath}.json`) {
      return {
        status: 200,
        body: { sid: options.accountSid, friendly_name: 'Collège', status: 'active', type: 'Full' },
      };
    }
    const byId = new RegExp(`^${accountPath}/Messages/(\\w+)\\.json$`).exec(req.path);
    if (req.method === 'GET' && byId?.[1]) {
      const message = messages.get(byId[1]);
      return message
        ? { status: 200, body: message }
        : twilioError(404, 20404, `The requested resource ${req.path} was not found`);
    }
    if (req.method !== 'POST' || req.path !== `${accountPath}/Messages.json`) return undefined;

    if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')) {
      return twilioError(400, 20001, 'Content-Type must be application/x-www-form-urlencoded');
    }
    const form = new URLSearchParams(req.rawBody);
    const to = form.get('To') ?? '';
    const body = form.get('Body') ?? '';
    const from = form.get('From');
    const service = form.get('MessagingServiceSid');
    if (!to) return twilioError(400, 21604, "A 'To' phone number is required.");
    if (!body) return twilioError(400, 21602, 'Message body is required.');
    if (!from && !service) return twilioError(400, 21603, "A 'From' phone number is required.");
    if (service && service !== options.messagingServiceSid) {
      return twilioError(404, 20404, `The requested resource /Services/${service} was not found`);
    }
    if (from && !options.senders.includes(from)) {
      return twilioError(
        400,
        21606,
        `The From phone number ${from} is not a valid, SMS-capable inbound phone number or short code for your account.`,
      );
    }
    const mode = api.takeMode();
    if (mode === 'rate-limit') return twilioError(429, 20429, 'Too Many Requests');
    if (mode === 'fail-5xx') return twilioError(500, 20500, 'Internal Server Error');
    const magic = magicNumber(to);
    if (!/^\+\d{8,15}$/.test(to) || magic === 'invalid') {
      return twilioError(400, 21211, `The 'To' number ${to} is not a valid phone number.`);
    }
    if (magic === 'no-credit') {
      return twilioError(
        400,
        21608,
        `The number ${to} is unverified. Trial accounts cannot send messages to unverified numbers.`,
      );
    }
    if (magic === 'rate-limit') return twilioError(429, 20429, 'Too Many Requests');
    if (magic === 'fail-5xx') return twilioError(500, 20500, 'Internal Server Error');

    const sid = `SM${randomBytes(16).toString('hex')}`;
    const message = {
      sid,
      account_sid: options.accountSid,
      messaging_service_sid: service,
      status: service ? 'accepted' : 'queued',
      to,
      from: service ? null : from,
      body,
      num_segments: '1',
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      validity_period: form.get('ValidityPeriod'),
      uri: `${accountPath}/Messages/${sid}.json`,
      date_created: new Date().toUTCString(),
    };
    messages.set(sid, message);
    const fields = Object.fromEntries(form.entries());
    return api.accept(
      { id: sid, to, text: body, ...(from ? { sender: from } : {}), body: fields },
      { status: 201, body: message },
      mode,
    );
  });

  return {
    ...fake,
    setMessageStatus(sid, status, errorCode) {
      const message = messages.get(sid);
      if (!message) throw new Error(`Fake Twilio has no message ${sid}`);
      message.status = status;
      message.error_code = errorCode ?? null;
    },
  };
}
