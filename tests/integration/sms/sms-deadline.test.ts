// The send deadline end to end: createSmsGateway as the kiosk builds it, against the fake phone
// in 'slow' mode, and the core's answer when the phone never answers in time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../main/platform/clock';
import { createSmsGateway, type SmsGatewaySettings } from '../../../main/sms/create-sms-gateway';
import { startFakeAndroidGateway, type FakeAndroidGateway } from '../../fakes/fake-android-gateway';
import {
  createHarness,
  PATRICK_IDENTITY,
  PATRICK_MOBILE,
  seedDupontFamily,
  type Harness,
} from '../core/core-harness';

const USERNAME = 'sms';
const PASSWORD = 'pa55-from-the-app';

let fake: FakeAndroidGateway;

const androidSettings = (smsTimeoutSeconds: number): SmsGatewaySettings => ({
  smsProvider: 'android-gateway',
  smsUrl: fake.url,
  smsUsername: USERNAME,
  smsTimeoutSeconds,
  codeTtlSeconds: 1800,
});

const kioskGateway = (smsTimeoutSeconds: number) =>
  createSmsGateway(androidSettings(smsTimeoutSeconds), { smsPassword: PASSWORD }, systemClock)
    .gateway;

beforeEach(async () => {
  fake = await startFakeAndroidGateway({ username: USERNAME, password: PASSWORD });
});
afterEach(async () => {
  await fake.close();
});

describe('SMS deadline (smsTimeoutSeconds is the whole send, not one request)', () => {
  it('retries after one slow answer within the deadline and the phone sends one SMS', async () => {
    // The phone takes the message at once but answers only after 5 s, once.
    fake.setMode('slow', { delayMs: 5000, times: 1 });
    const started = Date.now();
    const receipt = await kioskGateway(4).send({
      to: PATRICK_MOBILE,
      text: 'EduConnect : votre code est 482913.',
      clientId: 'sms-deadline-1',
    });

    expect(receipt).toEqual({ providerMessageId: 'sms-deadline-1', status: 'Pending' });
    // The first attempt gave up after 2 s (half of 4 s); the retry learnt it had gone through.
    expect(Date.now() - started).toBeLessThan(4000);
    expect(
      fake.requests.filter((r) => r.status !== 202).map((r) => `${r.method} ${r.status}`),
    ).toEqual(['POST 409', 'GET 200']);
    expect(fake.received).toHaveLength(1);
  });
});

describe('a send that ended in doubt counts as sent (S-RATE-2)', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('logs it uncertain, shows SMS_FAILED, and a new tap within the gap sends no second code', async () => {
    fake.setMode('slow', { delayMs: 5000 });
    h = createHarness({ smsGateway: kioskGateway(2) });
    seedDupontFamily(h);
    const start = await h.okCall('activation.start', {});
    await h.okCall('activation.submitIdentity', { flowId: start.flowId, ...PATRICK_IDENTITY });

    expect(await h.call('activation.confirmSend', { flowId: start.flowId })).toEqual({
      ok: false,
      error: {
        code: 'SMS_FAILED',
        message: 'The SMS gateway could not send (Transient)',
        // The parent is told it may still arrive (smsFailure.Uncertain), not that it failed.
        details: { reason: 'Uncertain' },
      },
    });
    // The phone did take it: the parent will receive this code.
    expect(fake.received).toHaveLength(1);
    expect(h.db.prepare('SELECT status, error_kind FROM sms_log').all()).toEqual([
      { status: 'uncertain', error_kind: 'Transient' },
    ]);
    expect(h.db.prepare('SELECT state FROM flows').get()).toEqual({ state: 'confirm-send' });

    // The parent taps "Valider" again at once: no second SMS with another code.
    expect(await h.call('activation.confirmSend', { flowId: start.flowId })).toEqual({
      ok: false,
      error: {
        code: 'SMS_RATE_LIMITED',
        message: 'SMS limit reached for this number or kiosk',
        details: { retryAfterSeconds: h.settings.resendCooldownSeconds },
      },
    });
    expect(fake.received).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(0); // none answered
  });
});
