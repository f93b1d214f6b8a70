import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import axios from 'axios';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAndroidGateway,
  type AndroidGatewayOptions,
} from '../../../main/sms/android-gateway';
import { sendWithRetry } from '../../../main/sms/send-with-retry';
import { SmsGatewayError, type SmsMessage } from '../../../main/sms/sms-gateway';
import { startFakeAndroidGateway, type FakeAndroidGateway } from '../../fakes/fake-android-gateway';

const USERNAME = 'sms';
const PASSWORD = 'pa55-from-the-app';
const PARENT = '+33612345678';

let fake: FakeAndroidGateway;
let clientSeq = 0;

const message = (overrides: Partial<SmsMessage> = {}): SmsMessage => ({
  to: PARENT,
  text: 'Votre code ENT : 482913. Il est valable 30 minutes.',
  clientId: `sms-log-${++clientSeq}`,
  ...overrides,
});

function gateway(overrides: Partial<AndroidGatewayOptions> = {}) {
  return createAndroidGateway({
    baseUrl: fake.url,
    username: USERNAME,
    password: PASSWORD,
    timeoutMs: 2000,
    ...overrides,
  });
}

async function caught(promise: Promise<unknown>): Promise<SmsGatewayError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SmsGatewayError);
  return error as SmsGatewayError;
}

const noWait = async () => {};

beforeEach(async () => {
  fake = await startFakeAndroidGateway({ username: USERNAME, password: PASSWORD });
});
afterEach(async () => {
  await fake.close();
});

describe('Android gateway adapter against the fake phone', () => {
  it('sends one SMS with the number, text and client id, and returns the gateway state', async () => {
    const sms = message();
    const receipt = await gateway({ ttlSeconds: 1800 }).send(sms);

    expect(receipt).toEqual({ providerMessageId: sms.clientId, status: 'Pending' });
    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]).toMatchObject({
      id: sms.clientId,
      phoneNumbers: [PARENT],
      text: sms.text,
      withDeliveryReport: true,
      ttl: 1800,
    });
    expect(fake.lastCodeFor(PARENT)).toBe('482913');
  });

  it('the fake refuses a request without Basic auth, so a passing send proves the credentials went out', async () => {
    const response = await axios.post(
      `${fake.url}/message`,
      {},
      { validateStatus: () => true, proxy: false },
    );
    expect(response.status).toBe(401);
    expect(response.data).toEqual({ message: 'Unauthorized' });
    const health = await axios.get(`${fake.url}/health`, { proxy: false });
    expect(health.data.status).toBe('pass');
  });

  it('reports a wrong password as a non-retryable Auth error and sends nothing', async () => {
    const error = await caught(
      sendWithRetry(gateway({ password: 'wrong' }), message(), {
        maxAttempts: 3,
        deadlineMs: 5000,
        sleep: noWait,
      }),
    );
    expect(error.kind).toBe('Auth');
    expect(error.retryable).toBe(false);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(fake.received).toHaveLength(0);
  });

  it('waits for Retry-After after a 429 and then delivers exactly one SMS', async () => {
    fake.setMode('rate-limit', { times: 1 });
    const waits: number[] = [];
    const receipt = await sendWithRetry(gateway(), message(), {
      maxAttempts: 3,
      deadlineMs: 5000,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });

    expect(receipt.status).toBe('Pending');
    expect(waits).toEqual([1000]);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 202]);
    expect(fake.received).toHaveLength(1);
  });

  it('gives up with a Transient error at the deadline when the phone is too slow, without a second SMS', async () => {
    fake.setMode('slow', { delayMs: 5000 });
    const slowPhone = gateway({ timeoutMs: 300 });
    let attempts = 0;
    const counting = { ...slowPhone, send: (m: SmsMessage) => (attempts++, slowPhone.send(m)) };
    const started = Date.now();
    const error = await caught(
      sendWithRetry(counting, message(), {
        maxAttempts: 10,
        deadlineMs: 1200,
        baseDelayMs: 50,
      }),
    );

    expect(error.kind).toBe('Transient');
    expect(Date.now() - started).toBeLessThan(2500);
    expect(attempts).toBeGreaterThan(1);
    // Retries reused the client id: the phone took the message once, whatever happens next.
    expect(fake.received).toHaveLength(1);
  });

  it('treats 409 after a lost answer as success and sends no second SMS', async () => {
    fake.setMode('drop', { times: 1 });
    const sms = message();
    const receipt = await sendWithRetry(gateway(), sms, {
      maxAttempts: 3,
      deadlineMs: 5000,
      sleep: noWait,
    });

    expect(receipt).toEqual({ providerMessageId: sms.clientId, status: 'Pending' });
    expect(fake.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST dropped',
      'POST 409',
      'GET 200',
    ]);
    expect(fake.received).toHaveLength(1);
  });

  it('does not retry a lost answer when told the provider is not idempotent', async () => {
    fake.setMode('drop', { times: 1 });
    const error = await caught(
      sendWithRetry(gateway(), message(), {
        maxAttempts: 3,
        deadlineMs: 5000,
        sleep: noWait,
        isIdempotent: false,
      }),
    );
    expect(error.kind).toBe('Transient');
    expect(error.outcomeUncertain).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it('retries a 500 (safe thanks to the client id) and delivers once', async () => {
    fake.setMode('fail-5xx', { times: 2 });
    const receipt = await sendWithRetry(gateway(), message(), {
      maxAttempts: 3,
      deadlineMs: 5000,
      sleep: noWait,
    });
    expect(receipt.status).toBe('Pending');
    expect(fake.requests.map((r) => r.status)).toEqual([500, 500, 202]);
    expect(fake.received).toHaveLength(1);
  });

  it('reports a number the phone fails at once as InvalidNumber, without retrying', async () => {
    const error = await caught(
      sendWithRetry(gateway(), message({ to: '+33600000000' }), {
        maxAttempts: 3,
        deadlineMs: 5000,
        sleep: noWait,
      }),
    );
    expect(error.kind).toBe('InvalidNumber');
    expect(error.retryable).toBe(false);
    expect(fake.requests).toHaveLength(1);
    expect(fake.lastCodeFor('+33600000000')).toBeUndefined();
  });

  it('reports a refused connection as a retryable Transient error, and gives up after the attempts', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = gateway({ baseUrl: `http://127.0.0.1:${port}` });

    const direct = await caught(unreachable.send(message()));
    expect(direct.kind).toBe('Transient');
    expect(direct.retryable).toBe(true);
    expect(direct.outcomeUncertain).toBe(false);
    expect(direct.message).toContain('ECONNREFUSED');

    let attempts = 0;
    const counting = { ...unreachable, send: (m: SmsMessage) => (attempts++, unreachable.send(m)) };
    const retried = await caught(
      sendWithRetry(counting, message(), { maxAttempts: 3, deadlineMs: 5000, sleep: noWait }),
    );
    expect(retried.kind).toBe('Transient');
    expect(attempts).toBe(3);
  });

  it('polls the delivery state with getStatus', async () => {
    const gw = gateway();
    const sms = message();
    const { providerMessageId } = await gw.send(sms);
    expect(await gw.getStatus(providerMessageId)).toEqual({ providerMessageId, status: 'Pending' });

    fake.setMessageState(providerMessageId, 'Delivered');
    expect((await gw.getStatus(providerMessageId)).status).toBe('Delivered');

    fake.setMessageState(providerMessageId, 'Failed', 'RESULT_ERROR_NO_SERVICE');
    expect(await gw.getStatus(providerMessageId)).toEqual({
      providerMessageId,
      status: 'Failed',
      error: 'RESULT_ERROR_NO_SERVICE',
    });
  });

  it('never puts the message text in its errors or log lines', async () => {
    const lines: string[] = [];
    const sms = message({ text: 'Votre code ENT : 771204.' });
    await gateway({ log: (line) => lines.push(line) }).send(sms);
    fake.setMode('fail-5xx');
    const error = await caught(
      gateway({ log: (line) => lines.push(line) }).send(message({ text: sms.text })),
    );

    expect(lines.length).toBeGreaterThan(0);
    for (const text of [...lines, error.message]) {
      expect(text).not.toContain('771204');
      expect(text).not.toContain('12345678');
    }
  });
});
