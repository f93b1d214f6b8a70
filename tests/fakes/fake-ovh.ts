// A loopback OVHcloud API (../shared/docs/sms-gateways.md, "OVHcloud SMS"): GET /1.0/auth/time
// gives its own clock (set `skewSeconds` to make the kiosk's clock wrong), every other call must
// carry the application key, the consumer key, a timestamp close to that clock and the
// signature, which the fake recomputes itself from the exact URL and body received. Answers and
// errors in OVH's shapes, X-Ovh-QueryID on every answer. Magic numbers as in
// fake-provider-server.ts; an invalid number comes back in invalidReceivers of a 200, as OVH does.
import { createHash, randomBytes } from 'node:crypto';
import {
  magicNumber,
  parseJsonObject,
  startFakeProviderServer,
  type FakeAnswer,
  type FakeSmsProvider,
} from './fake-provider-server';

export interface FakeOvh extends FakeSmsProvider {
  /** Signed calls refused for a wrong signature or timestamp so far. */
  refusedSignatures: number;
}

const ACCEPTED_CLOCK_GAP_SECONDS = 30; // inferred: OVH refuses a request stamped too far off

export async function startFakeOvh(options: {
  applicationKey: string;
  applicationSecret: string;
  consumerKey: string;
  serviceName: string;
  /** OVH's clock minus the real one, in seconds. */
  skewSeconds?: number;
}): Promise<FakeOvh> {
  const ovhNow = () => Math.floor(Date.now() / 1000) + (options.skewSeconds ?? 0);
  const state = { refusedSignatures: 0, nextId: 26929925 };
  const withQueryId = (answer: FakeAnswer): FakeAnswer => ({
    ...answer,
    headers: { 'X-Ovh-QueryID': `FR.ws-${randomBytes(6).toString('hex')}`, ...answer.headers },
  });
  const ovhError = (status: number, fields: Record<string, string>): FakeAnswer =>
    withQueryId({ status, body: fields });

  const fake = await startFakeProviderServer(
    (req, api) => {
      if (req.method === 'GET' && req.path === '/1.0/auth/time') {
        return { status: 200, body: ovhNow(), text: true };
      }
      const h = req.headers;
      if (h['x-ovh-application'] !== options.applicationKey) {
        return ovhError(403, {
          errorCode: 'INVALID_KEY',
          httpCode: '403 Forbidden',
          message: 'This application key is invalid',
        });
      }
      if (h['x-ovh-consumer'] !== options.consumerKey) {
        return ovhError(403, {
          errorCode: 'INVALID_CREDENTIAL',
          httpCode: '403 Forbidden',
          message: 'This credential does not exist',
        });
      }
      const timestamp = Number(h['x-ovh-timestamp']);
      if (
        !Number.isInteger(timestamp) ||
        Math.abs(timestamp - ovhNow()) > ACCEPTED_CLOCK_GAP_SECONDS
      ) {
        state.refusedSignatures += 1;
        return ovhError(400, { class: 'Client::BadRequest', message: 'Query out of time' });
      }
      const signed = [
        options.applicationSecret,
        options.consumerKey,
        req.method,
        req.fullUrl,
        req.rawBody,
        String(timestamp),
      ].join('+');
      const expected = `$1$${createHash('sha1').update(signed).digest('hex')}`;
      if (h['x-ovh-signature'] !== expected) {
        state.refusedSignatures += 1;
        return ovhError(400, {
          errorCode: 'INVALID_SIGNATURE',
          httpCode: '400 Bad Request',
          message: 'Invalid signature',
        });
      }
      const service = /^\/1\.0\/sms\/([^/]+)(\/jobs)?$/.exec(req.path);
      if (!service) return ovhError(404, { class: 'Client::NotFound', message: 'Not found' });
      if (decodeURIComponent(service[1] ?? '') !== options.serviceName) {
        return ovhError(404, {
          class: 'Client::NotFound',
          message: `The requested object (serviceName = ${service[1]}) does not exist`,
        });
      }
      if (req.method === 'GET' && !service[2]) {
        return withQueryId({
          status: 200,
          body: { name: options.serviceName, status: 'enable', creditsLeft: 120 },
        });
      }
      if (req.method !== 'POST' || !service[2]) return undefined;

      const body = parseJsonObject(req.rawBody);
      const receivers = body?.receivers;
      if (!body || typeof body.message !== 'string' || body.message === '') {
        return ovhError(400, { class: 'Client::BadRequest', message: 'Missing parameter message' });
      }
      if (!Array.isArray(receivers) || receivers.length === 0) {
        return ovhError(400, { class: 'Client::BadRequest', message: 'Missing receivers' });
      }
      const mode = api.takeMode();
      if (mode === 'rate-limit') {
        return ovhError(429, { class: 'Client::TooManyRequests', message: 'Too much requests' });
      }
      if (mode === 'fail-5xx') {
        return ovhError(500, {
          class: 'Server::InternalServerError',
          message: 'Internal server error',
        });
      }
      const to = String(receivers[0]);
      const magic = magicNumber(to);
      if (magic === 'no-credit') {
        // As OVH answers an account without credit: a 403, like a refused key, told apart by
        // its message only.
        return ovhError(403, {
          class: 'Client::Forbidden',
          message: 'Not enough credits to send this message',
        });
      }
      if (magic === 'rate-limit') {
        return ovhError(429, { class: 'Client::TooManyRequests', message: 'Too much requests' });
      }
      if (magic === 'fail-5xx') {
        return ovhError(500, {
          class: 'Server::InternalServerError',
          message: 'Internal server error',
        });
      }
      if (magic === 'invalid' || !/^(\+|00)\d{8,15}$/.test(to)) {
        return withQueryId({
          status: 200,
          body: { totalCreditsRemoved: 0, invalidReceivers: [to], ids: [], validReceivers: [] },
        });
      }
      const id = state.nextId++;
      return api.accept(
        {
          id: String(id),
          to,
          text: body.message,
          ...(typeof body.sender === 'string' ? { sender: body.sender } : {}),
          body,
        },
        withQueryId({
          status: 200,
          body: { totalCreditsRemoved: 1, invalidReceivers: [], ids: [id], validReceivers: [to] },
        }),
        mode,
      );
    },
    { pathPrefix: '/1.0' },
  );

  return {
    ...fake,
    get refusedSignatures() {
      return state.refusedSignatures;
    },
  };
}
