// A loopback smsmode REST v1 (../shared/docs/sms-gateways.md, "smsmode"): X-Api-Key checked,
// POST /sms/v1/messages answered 201 in smsmode's shape. A number it will not deliver to still
// gets a 201, with status UNDELIVERABLE and the reason in status.detail (…0000
// INVALID_PHONE_NUMBER, …0402 INSUFFICIENT_CREDIT); error bodies are inferred (JSON with a
// message). Other magic numbers as in fake-provider-server.ts.
import { randomBytes } from 'node:crypto';
import {
  magicNumber,
  parseJsonObject,
  startFakeProviderServer,
  type FakeAnswer,
  type FakeSmsProvider,
} from './fake-provider-server';

const error = (status: number, message: string, headers?: Record<string, string>): FakeAnswer => ({
  status,
  body: { status, message },
  ...(headers ? { headers } : {}),
});

export async function startFakeSmsmode(options: { apiKey: string }): Promise<FakeSmsProvider> {
  return startFakeProviderServer(
    (req, api) => {
      if (req.headers['x-api-key'] !== options.apiKey) return error(401, 'Unauthorized');
      if (req.method !== 'POST' || req.path !== '/sms/v1/messages') return undefined;
      const body = parseJsonObject(req.rawBody);
      const recipient = body?.recipient as { to?: unknown } | undefined;
      const text = (body?.body as { text?: unknown } | undefined)?.text;
      const to = typeof recipient?.to === 'string' ? recipient.to : '';
      if (!body || typeof text !== 'string' || text === '')
        return error(400, 'body.text is required');
      // Digits only, international: "+33…" or "06…" is refused (inferred from the docs' advice).
      if (!/^\d{8,15}$/.test(to)) return error(400, 'recipient.to must be an international number');
      if (body.from !== undefined && !/^[A-Za-z0-9 ]{1,11}$|^\d{1,15}$/.test(String(body.from))) {
        return error(400, 'from must be at most 11 alphanumeric characters');
      }
      const mode = api.takeMode();
      if (mode === 'rate-limit') return error(429, 'Too many requests', { 'Retry-After': '1' });
      if (mode === 'fail-5xx') return error(500, 'Internal server error');
      const magic = magicNumber(to);
      if (magic === 'rate-limit') return error(429, 'Too many requests', { 'Retry-After': '1' });
      if (magic === 'fail-5xx') return error(500, 'Internal server error');
      const messageId = randomBytes(12).toString('hex');
      const status =
        magic === 'invalid'
          ? { value: 'UNDELIVERABLE', detail: 'INVALID_PHONE_NUMBER' }
          : magic === 'no-credit'
            ? { value: 'UNDELIVERABLE', detail: 'INSUFFICIENT_CREDIT' }
            : { value: 'ENROUTE', detail: null };
      const answer: FakeAnswer = {
        status: 201,
        body: {
          messageId,
          acceptedAt: new Date().toISOString(),
          recipient: { to },
          ...(body.from !== undefined ? { from: body.from } : {}),
          body: { text, encoding: 'GSM7', messagePartCount: 1, length: text.length },
          price: { amount: status.value === 'ENROUTE' ? 0.065 : 0, currency: 'EUR' },
          status,
          ...(body.refClient !== undefined ? { refClient: body.refClient } : {}),
          href: `/sms/v1/messages/${messageId}`,
        },
      };
      if (magic) return answer;
      return api.accept(
        {
          id: messageId,
          to,
          text,
          ...(typeof body.from === 'string' ? { sender: body.from } : {}),
          body,
        },
        answer,
        mode,
      );
    },
    { pathPrefix: '/sms/v1' },
  );
}
