// Every cloud adapter against its loopback fake (the provider's real protocol): what is sent,
// each error the provider can give mapped to its kind, and the retry policy's promise that a
// parent never gets two codes ("Retry only what is safe", ../shared/docs/sms-gateways.md).
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRealGateway } from '../../../main/sms/create-sms-gateway';
import { sendWithRetry } from '../../../main/sms/send-with-retry';
import { SmsGatewayError, type SmsGateway, type SmsMessage } from '../../../main/sms/sms-gateway';
import type { FakeSmsProvider } from '../../fakes/fake-provider-server';
import { CLOUD_PROVIDERS, SENDER, cloudSettings } from './cloud-provider-fixtures';

const PARENT = '+33612345678';
let seq = 0;
const message = (to = PARENT): SmsMessage => ({
  to,
  text: 'EduConnect : votre code est 482913. Il est valable 30 minutes.',
  clientId: `sms-${++seq}`,
});

async function caught(promise: Promise<unknown>): Promise<SmsGatewayError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SmsGatewayError);
  return error as SmsGatewayError;
}

const noWait = async () => {};

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.each(CLOUD_PROVIDERS)('$provider adapter against its fake', (fixture) => {
  let fake: FakeSmsProvider;
  const lines: string[] = [];
  const gateway = (timeoutMs = 2000, secrets = fixture.secrets): SmsGateway =>
    createRealGateway(fixture.provider, cloudSettings(fixture, fake), secrets, timeoutMs, {
      log: (line) => lines.push(line),
    });
  const posts = () => fake.requests.filter((r) => r.method === 'POST');

  beforeEach(async () => {
    fake = await fixture.start();
    lines.length = 0;
  });
  afterEach(async () => {
    await fake.close();
  });

  it('sends one SMS with the number in its format, the text and the sender name', async () => {
    const sms = message();
    const receipt = await gateway().send(sms);
    expect(fake.received).toHaveLength(1);
    const got = fake.received[0]!;
    expect(receipt.providerMessageId).toBe(got.id);
    expect(got.to).toBe(fixture.formatted(PARENT));
    expect(got.text).toBe(sms.text);
    expect(got.sender).toBe(SENDER);
    expect(fake.lastCodeFor(PARENT)).toBe('482913');
    // The log names the provider's id and a masked number, never the text or the full number.
    expect(lines.join('\n')).toContain(got.id);
    expect(lines.join('\n')).not.toContain('482913');
    expect(lines.join('\n')).not.toContain('612345678');
  });

  it('an invalid number is InvalidNumber, not retried, and nothing is sent', async () => {
    const error = await caught(
      sendWithRetry(gateway(), message('+33612340000'), {
        maxAttempts: 3,
        deadlineMs: 5000,
        sleep: noWait,
      }),
    );
    expect(error.kind).toBe('InvalidNumber');
    expect(error.retryable).toBe(false);
    expect(error.outcomeUncertain).toBe(false);
    expect(fake.received).toHaveLength(0);
    expect(posts()).toHaveLength(1);
  });

  it('an account out of credit (or that cannot send there) is not retried', async () => {
    const error = await caught(
      sendWithRetry(gateway(), message('+33612340402'), {
        maxAttempts: 3,
        deadlineMs: 5000,
        sleep: noWait,
      }),
    );
    expect(error.kind).toBe(fixture.noCreditKind);
    expect(fake.received).toHaveLength(0);
    expect(posts()).toHaveLength(1);
  });

  it('bad credentials are Auth, not retried, and say which setting to check', async () => {
    const error = await caught(
      sendWithRetry(gateway(2000, fixture.wrongSecrets), message(), {
        maxAttempts: 3,
        deadlineMs: 5000,
        sleep: noWait,
      }),
    );
    expect(error.kind).toBe('Auth');
    expect(error.message).toMatch(/KIOSK_[A-Z_]+/);
    expect(fake.received).toHaveLength(0);
    expect(fake.requests.filter((r) => r.status === 401 || r.status === 403)).toHaveLength(1);
  });

  it('429 is RateLimited with the reset the provider gives; retried after it, one SMS', async () => {
    const error = await caught(gateway().send(message('+33612340429')));
    expect(error.kind).toBe('RateLimited');
    expect(error.retryAfterSeconds).toBe(fixture.rateLimitRetryAfter);

    fake.setMode('rate-limit', { times: 1 });
    const waits: number[] = [];
    await sendWithRetry(gateway(), message(), {
      maxAttempts: 3,
      deadlineMs: 5000,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(fake.received).toHaveLength(1);
    expect(waits).toHaveLength(1);
    if (fixture.rateLimitRetryAfter !== undefined) {
      expect(waits[0]).toBe(fixture.rateLimitRetryAfter * 1000);
    }
  });

  it('a 5xx may have been sent: ProviderError (the provider failed, not "no answer"), uncertain, and never retried (no idempotency key)', async () => {
    const error = await caught(
      sendWithRetry(gateway(), message('+33612340500'), {
        maxAttempts: 3,
        deadlineMs: 5000,
        sleep: noWait,
      }),
    );
    expect(error.kind).toBe('ProviderError');
    expect(error.outcomeUncertain).toBe(true);
    expect(posts()).toHaveLength(1);
  });

  it('a slow answer times out as uncertain: the provider got exactly one SMS, no retry', async () => {
    fake.setMode('slow', { delayMs: 1500 });
    const error = await caught(
      sendWithRetry(gateway(300), message(), { maxAttempts: 3, deadlineMs: 5000, sleep: noWait }),
    );
    expect(error.kind).toBe('Transient');
    expect(error.outcomeUncertain).toBe(true);
    expect(error.message).toMatch(/did not answer within 300 ms/);
    expect(fake.received).toHaveLength(1);
    expect(posts()).toHaveLength(0); // the answer never came back in time
  });

  it('a dropped connection after accepting is uncertain: exactly one SMS, no retry', async () => {
    fake.setMode('drop');
    const error = await caught(
      sendWithRetry(gateway(), message(), { maxAttempts: 3, deadlineMs: 5000, sleep: noWait }),
    );
    expect(error.outcomeUncertain).toBe(true);
    expect(fake.received).toHaveLength(1);
    expect(fake.requests.filter((r) => r.status === 'dropped')).toHaveLength(1);
  });

  it('a refused connection sent nothing: retryable and not uncertain', async () => {
    const port = await closedPort();
    const down = createRealGateway(
      fixture.provider,
      cloudSettings(fixture, { ...fake, url: `http://127.0.0.1:${port}` }),
      fixture.secrets,
      1000,
    );
    const error = await caught(down.send(message()));
    expect(error.kind).toBe('Transient');
    expect(error.retryable).toBe(true);
    expect(error.outcomeUncertain).toBe(false);
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  it.runIf(fixture.checksConnection)(
    'checks the connection without sending anything, and names bad credentials',
    async () => {
      await gateway().checkConnection!();
      const error = await caught(gateway(2000, fixture.wrongSecrets).checkConnection!());
      expect(error.kind).toBe('Auth');
      expect(fake.received).toHaveLength(0);
      expect(posts()).toHaveLength(0);
    },
  );
});
