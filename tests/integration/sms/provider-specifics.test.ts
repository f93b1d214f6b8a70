// What each cloud provider needs beyond the common model (../shared/docs/sms-gateways.md):
// OVHcloud's signature and clock, its non-marketing flag; Twilio's From or Messaging Service;
// Brevo's transactional type; smsmode's client reference.
import { afterEach, describe, expect, it } from 'vitest';
import { createBrevoGateway } from '../../../main/sms/brevo-gateway';
import { createOvhGateway, type OvhGatewayOptions } from '../../../main/sms/ovh-gateway';
import { SmsGatewayError } from '../../../main/sms/sms-gateway';
import { createSmsmodeGateway } from '../../../main/sms/smsmode-gateway';
import { createTwilioGateway } from '../../../main/sms/twilio-gateway';
import { startFakeBrevo } from '../../fakes/fake-brevo';
import { startFakeOvh, type FakeOvh } from '../../fakes/fake-ovh';
import type { FakeSmsProvider } from '../../fakes/fake-provider-server';
import { startFakeSmsmode } from '../../fakes/fake-smsmode';
import { startFakeTwilio } from '../../fakes/fake-twilio';

const sms = { to: '+33612345678', text: 'EduConnect : code 482913', clientId: 'log-row-1' };
const started: FakeSmsProvider[] = [];
async function track<T extends FakeSmsProvider>(fake: Promise<T>): Promise<T> {
  const value = await fake;
  started.push(value);
  return value;
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((fake) => fake.close()));
});

async function caught(promise: Promise<unknown>): Promise<SmsGatewayError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SmsGatewayError);
  return error as SmsGatewayError;
}

describe('OVHcloud', () => {
  const keys = { applicationKey: 'appKey123', applicationSecret: 'secret', consumerKey: 'ck' };
  const ovh = (fake: FakeOvh, overrides: Partial<OvhGatewayOptions> = {}) =>
    createOvhGateway({
      baseUrl: fake.url,
      serviceName: 'sms-ab1-1',
      sender: 'COLLEGE',
      validityMinutes: 30,
      timeoutMs: 2000,
      ...keys,
      ...overrides,
    });

  it('sends a non-marketing job (no STOP line, not held at night) with the validity and sender', async () => {
    const fake = await track(startFakeOvh({ ...keys, serviceName: 'sms-ab1-1' }));
    await ovh(fake).send(sms);
    expect(fake.received[0]!.body).toMatchObject({
      message: sms.text,
      receivers: ['+33612345678'],
      sender: 'COLLEGE',
      noStopClause: true,
      validityPeriod: 30,
    });
  });

  it("stamps requests with OVH's clock, read once: a kiosk clock 10 minutes off still works", async () => {
    const fake = await track(
      startFakeOvh({ ...keys, serviceName: 'sms-ab1-1', skewSeconds: -600 }),
    );
    const gateway = ovh(fake);
    await gateway.send(sms);
    await gateway.send({ ...sms, clientId: 'log-row-2' });
    expect(fake.received).toHaveLength(2);
    expect(fake.requests.filter((r) => r.path === '/1.0/auth/time')).toHaveLength(1);
    expect(fake.refusedSignatures).toBe(0);
  });

  it('a wrong application secret makes a signature OVH refuses: Auth, nothing sent', async () => {
    const fake = await track(startFakeOvh({ ...keys, serviceName: 'sms-ab1-1' }));
    const error = await caught(ovh(fake, { applicationSecret: 'not-it' }).send(sms));
    expect(error.kind).toBe('Auth');
    expect(error.message).toMatch(/INVALID_SIGNATURE, query FR\.ws-/);
    expect(fake.refusedSignatures).toBe(1);
    expect(fake.received).toHaveLength(0);
  });

  it('an unknown SMS account names KIOSK_OVH_SERVICE_NAME', async () => {
    const fake = await track(startFakeOvh({ ...keys, serviceName: 'sms-ab1-1' }));
    const error = await caught(ovh(fake, { serviceName: 'sms-zz9-9' }).send(sms));
    expect(error.kind).toBe('NotConfigured');
    expect(error.message).toMatch(/KIOSK_OVH_SERVICE_NAME/);
  });
});

describe('Twilio', () => {
  const sid = `AC${'1'.repeat(32)}`;
  const service = `MG${'2'.repeat(32)}`;

  it('sends through a Messaging Service instead of a From, with the validity period', async () => {
    const fake = await track(
      startFakeTwilio({
        accountSid: sid,
        authToken: 't',
        senders: [],
        messagingServiceSid: service,
      }),
    );
    const receipt = await createTwilioGateway({
      baseUrl: fake.url,
      accountSid: sid,
      authToken: 't',
      messagingServiceSid: service,
      validitySeconds: 1800,
      timeoutMs: 2000,
    }).send(sms);
    expect(receipt.status).toBe('accepted');
    expect(fake.received[0]!.body).toMatchObject({
      To: '+33612345678',
      MessagingServiceSid: service,
      ValidityPeriod: '1800',
    });
    expect(fake.received[0]!.body).not.toHaveProperty('From');
  });

  it("a From that is not the account's is a setting to fix (21606), not the parent's number", async () => {
    const fake = await track(
      startFakeTwilio({ accountSid: sid, authToken: 't', senders: ['+33700000001'] }),
    );
    const error = await caught(
      createTwilioGateway({
        baseUrl: fake.url,
        accountSid: sid,
        authToken: 't',
        from: 'OTHER',
        timeoutMs: 2000,
      }).send(sms),
    );
    expect(error.kind).toBe('NotConfigured');
    expect(error.message).toMatch(/code 21606.*KIOSK_SMS_SENDER/);
  });
});

describe('Brevo and smsmode', () => {
  it('Brevo: a transactional SMS, tagged, from the sender', async () => {
    const fake = await track(startFakeBrevo({ apiKey: 'k' }));
    await createBrevoGateway({
      baseUrl: fake.url,
      apiKey: 'k',
      sender: 'COLLEGE',
      timeoutMs: 2000,
    }).send(sms);
    expect(fake.received[0]!.body).toEqual({
      sender: 'COLLEGE',
      recipient: '33612345678',
      content: sms.text,
      type: 'transactional',
      tag: 'kiosk-activation',
    });
  });

  it('smsmode: our SMS log id as the client reference, and the account default sender when none is set', async () => {
    const fake = await track(startFakeSmsmode({ apiKey: 'k' }));
    await createSmsmodeGateway({ baseUrl: fake.url, apiKey: 'k', timeoutMs: 2000 }).send(sms);
    expect(fake.received[0]!.body).toEqual({
      recipient: { to: '33612345678' },
      body: { text: sms.text },
      refClient: 'log-row-1',
    });
  });
});
