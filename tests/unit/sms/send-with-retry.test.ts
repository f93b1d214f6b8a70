import { describe, expect, it } from 'vitest';
import { attemptTimeoutMs, sendWithRetry } from '../../../main/sms/send-with-retry';
import {
  SmsGatewayError,
  type SmsGateway,
  type SmsSendReceipt,
} from '../../../main/sms/sms-gateway';

const message = { to: '+33612345678', text: 'code', clientId: 'c1' };

/** A gateway answering from a script, and a clock that only sleep moves. */
function scripted(answers: Array<SmsGatewayError | SmsSendReceipt>, idempotentSends = false) {
  let time = 0;
  const calls: number[] = [];
  const sleeps: number[] = [];
  const gateway: SmsGateway = {
    provider: 'scripted',
    idempotentSends,
    async send() {
      calls.push(time);
      const next = answers.shift();
      if (!next) throw new Error('script exhausted');
      if (next instanceof SmsGatewayError) throw next;
      return next;
    },
  };
  const timing = {
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += ms;
    },
    random: () => 0.5,
  };
  return { gateway, calls, sleeps, timing };
}

const ok: SmsSendReceipt = { providerMessageId: 'p1', status: 'queued' };
const timeout = () => new SmsGatewayError('Transient', 'timeout', true, undefined, true);
const refused = () => new SmsGatewayError('Transient', 'ECONNREFUSED', true);
const limited = (seconds?: number) => new SmsGatewayError('RateLimited', '429', true, seconds);

async function failure(promise: Promise<unknown>): Promise<SmsGatewayError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SmsGatewayError);
  return error as SmsGatewayError;
}

describe('sendWithRetry', () => {
  it('never retries a timeout for a provider without idempotency (two codes would reach the parent)', async () => {
    const { gateway, calls, timing } = scripted([timeout(), ok]);
    const error = await failure(
      sendWithRetry(gateway, message, { maxAttempts: 3, deadlineMs: 10_000, ...timing }),
    );
    expect(error.message).toBe('timeout');
    expect(calls).toHaveLength(1);
  });

  it('retries a timeout when the provider de-duplicates by client id (taken from the gateway)', async () => {
    const { gateway, calls, timing } = scripted([timeout(), ok], true);
    await expect(
      sendWithRetry(gateway, message, { maxAttempts: 3, deadlineMs: 10_000, ...timing }),
    ).resolves.toBe(ok);
    expect(calls).toHaveLength(2);
  });

  it('retries a refused connection even without idempotency, with growing jittered back-off', async () => {
    const { gateway, calls, sleeps, timing } = scripted([refused(), refused(), ok]);
    await expect(
      sendWithRetry(gateway, message, {
        maxAttempts: 3,
        deadlineMs: 10_000,
        baseDelayMs: 400,
        ...timing,
      }),
    ).resolves.toBe(ok);
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([300, 600]);
  });

  it('honours Retry-After on 429', async () => {
    const { gateway, sleeps, timing } = scripted([limited(2), ok]);
    await expect(
      sendWithRetry(gateway, message, { maxAttempts: 3, deadlineMs: 10_000, ...timing }),
    ).resolves.toBe(ok);
    expect(sleeps).toEqual([2000]);
  });

  it('returns the RateLimited error at once when Retry-After falls beyond the deadline', async () => {
    const { gateway, calls, sleeps, timing } = scripted([limited(60), ok]);
    const error = await failure(
      sendWithRetry(gateway, message, { maxAttempts: 3, deadlineMs: 10_000, ...timing }),
    );
    expect(error.kind).toBe('RateLimited');
    expect(error.retryAfterSeconds).toBe(60);
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('gives up with a Transient error when the next back-off would pass the deadline', async () => {
    const { gateway, calls, timing } = scripted([refused(), refused(), refused(), refused(), ok]);
    const error = await failure(
      sendWithRetry(gateway, message, {
        maxAttempts: 10,
        deadlineMs: 1000,
        baseDelayMs: 400,
        ...timing,
      }),
    );
    expect(error.kind).toBe('Transient');
    expect(error.message).toContain('gave up after 1000 ms');
    expect(calls).toEqual([0, 300, 900]); // the next wait, 1200 ms, would end past 1000
  });

  it('does not retry errors a retry cannot fix', async () => {
    for (const kind of ['Auth', 'InvalidNumber', 'InsufficientCredit', 'NotConfigured'] as const) {
      const { gateway, calls, timing } = scripted(
        [new SmsGatewayError(kind, kind, false), ok],
        true,
      );
      const error = await failure(
        sendWithRetry(gateway, message, { maxAttempts: 3, deadlineMs: 10_000, ...timing }),
      );
      expect(error.kind).toBe(kind);
      expect(calls).toHaveLength(1);
    }
  });

  it('stops after maxAttempts with the last error', async () => {
    const { gateway, calls, timing } = scripted([refused(), refused(), refused()]);
    const error = await failure(
      sendWithRetry(gateway, message, { maxAttempts: 2, deadlineMs: 10_000, ...timing }),
    );
    expect(error.message).toBe('ECONNREFUSED');
    expect(calls).toHaveLength(2);
  });

  it('stops waiting for a hung attempt at the deadline', async () => {
    const hung: SmsGateway = {
      provider: 'hung',
      send: () => new Promise<SmsSendReceipt>(() => {}),
    };
    const started = Date.now();
    const error = await failure(sendWithRetry(hung, message, { maxAttempts: 3, deadlineMs: 100 }));
    expect(error.kind).toBe('Transient');
    expect(error.outcomeUncertain).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('gives each HTTP attempt half the deadline, never under 2 s, so a timeout leaves room to retry', () => {
    expect(attemptTimeoutMs(10_000)).toBe(5000);
    expect(attemptTimeoutMs(30_000)).toBe(15_000);
    expect(attemptTimeoutMs(3000)).toBe(2000);
    expect(attemptTimeoutMs(1000)).toBe(2000);
  });

  it('keeps the outcome uncertain when an earlier attempt timed out and a later one was refused', async () => {
    const { gateway, calls, timing } = scripted([timeout(), refused(), refused()], true);
    const error = await failure(
      sendWithRetry(gateway, message, { maxAttempts: 3, deadlineMs: 10_000, ...timing }),
    );
    // The first attempt may have reached the phone: the caller must count this send.
    expect(calls).toHaveLength(3);
    expect(error.message).toBe('ECONNREFUSED');
    expect(error.outcomeUncertain).toBe(true);
  });

  it('keeps the outcome uncertain when it gives up at the deadline after a timed-out attempt', async () => {
    const { gateway, timing } = scripted([timeout(), refused(), refused(), ok], true);
    const error = await failure(
      sendWithRetry(gateway, message, {
        maxAttempts: 10,
        deadlineMs: 1000,
        baseDelayMs: 400,
        ...timing,
      }),
    );
    expect(error.message).toContain('gave up after 1000 ms');
    expect(error.outcomeUncertain).toBe(true);
  });

  it('reports a send that was surely never taken as certain', async () => {
    const { gateway, timing } = scripted([refused(), refused()]);
    const error = await failure(
      sendWithRetry(gateway, message, { maxAttempts: 2, deadlineMs: 10_000, ...timing }),
    );
    expect(error.outcomeUncertain).toBe(false);
  });
});
