// A loopback Brevo transactional SMS API (../shared/docs/sms-gateways.md, "Brevo"): the api-key
// header checked, POST /v3/transactionalSMS/send answered with {messageId}, errors as
// {code, message} with Brevo's statuses, 429 with the x-sib-ratelimit-* headers, GET /v3/account.
// Magic numbers as in fake-provider-server.ts.
import {
  magicNumber,
  parseJsonObject,
  startFakeProviderServer,
  type FakeAnswer,
  type FakeSmsProvider,
} from './fake-provider-server';

const brevoError = (
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): FakeAnswer => ({ status, body: { code, message }, ...(headers ? { headers } : {}) });

const RATE_LIMITED = brevoError(429, 'too_many_requests', 'Too many requests', {
  'x-sib-ratelimit-limit': '10',
  'x-sib-ratelimit-remaining': '0',
  'x-sib-ratelimit-reset': '1',
});

export async function startFakeBrevo(options: { apiKey: string }): Promise<FakeSmsProvider> {
  let nextId = 1511882900176220;
  return startFakeProviderServer(
    (req, api) => {
      if (req.headers['api-key'] !== options.apiKey) {
        return brevoError(401, 'unauthorized', 'Key not found');
      }
      if (req.method === 'GET' && req.path === '/v3/account') {
        return {
          status: 200,
          body: { email: 'secretariat@example.org', companyName: 'Collège', plan: [] },
        };
      }
      if (req.method !== 'POST' || req.path !== '/v3/transactionalSMS/send') return undefined;
      const body = parseJsonObject(req.rawBody);
      if (!body) return brevoError(400, 'invalid_parameter', 'Body must be JSON');
      for (const field of ['sender', 'recipient', 'content'] as const) {
        if (typeof body[field] !== 'string' || body[field] === '') {
          return brevoError(400, 'missing_parameter', `${field} is missing`);
        }
      }
      const sender = String(body.sender);
      const to = String(body.recipient);
      if (!/^[A-Za-z0-9 ]{1,11}$|^\d{1,15}$/.test(sender)) {
        return brevoError(400, 'invalid_parameter', 'Invalid sender');
      }
      const mode = api.takeMode();
      if (mode === 'rate-limit') return RATE_LIMITED;
      if (mode === 'fail-5xx') return brevoError(500, 'internal_error', 'Internal server error');
      const magic = magicNumber(to);
      if (magic === 'invalid' || !/^\d{8,15}$/.test(to)) {
        return brevoError(400, 'invalid_parameter', 'Invalid phone number for recipient');
      }
      if (magic === 'no-credit') {
        return brevoError(402, 'not_enough_credits', 'Not enough credits to send the SMS');
      }
      if (magic === 'rate-limit') return RATE_LIMITED;
      if (magic === 'fail-5xx') return brevoError(500, 'internal_error', 'Internal server error');
      const messageId = nextId++;
      return api.accept(
        { id: String(messageId), to, text: String(body.content), sender, body },
        { status: 201, body: { messageId } },
        mode,
      );
    },
    { pathPrefix: '/v3' },
  );
}
