// The optional second gateway (KIOSK_SMS_FALLBACK_PROVIDER): the school's Android phone first,
// Twilio when the phone is down. Only "down" (surely nothing sent) switches; an invalid number,
// bad credentials or an uncertain outcome do not, so a parent never gets two codes.
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../main/platform/clock';
import { createSmsGateway, type SmsGatewaySettings } from '../../../main/sms/create-sms-gateway';
import { startFakeAndroidGateway, type FakeAndroidGateway } from '../../fakes/fake-android-gateway';
import type { FakeSmsProvider } from '../../fakes/fake-provider-server';
import {
  createHarness,
  expectStep,
  type Harness,
  PATRICK_IDENTITY,
  seedDupontFamily,
} from '../core/core-harness';
import { CLOUD_PROVIDERS, cloudSettings } from './cloud-provider-fixtures';

const twilio = CLOUD_PROVIDERS.find((fixture) => fixture.provider === 'twilio')!;
let phone: FakeAndroidGateway;
let cloud: FakeSmsProvider;
let h: Harness;

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

function kiosk(smsUrl: string, smsPassword = 'phone-secret') {
  const settings: SmsGatewaySettings = cloudSettings(twilio, cloud, {
    smsProvider: 'android-gateway',
    smsUrl,
    smsFallbackProvider: 'twilio',
  });
  const { gateway } = createSmsGateway(settings, { ...twilio.secrets, smsPassword }, systemClock);
  h = createHarness({ smsGateway: gateway });
  seedDupontFamily(h);
}

async function valider() {
  const start = await h.okCall('activation.start', {});
  await h.okCall('activation.submitIdentity', { flowId: start.flowId, ...PATRICK_IDENTITY });
  return {
    flowId: start.flowId,
    result: await h.call('activation.confirmSend', { flowId: start.flowId }),
  };
}

const smsLog = () => h.db.prepare('SELECT status, provider, error_kind FROM sms_log').all();

beforeEach(async () => {
  phone = await startFakeAndroidGateway({ username: 'sms', password: 'phone-secret' });
  cloud = await twilio.start();
});
afterEach(async () => {
  h.close();
  await phone.close();
  await cloud.close();
});

describe('fallback SMS gateway', () => {
  it('sends through the fallback when the first is down: one SMS, logged under the one that took it', async () => {
    kiosk(await closedPortUrl());
    const { flowId, result } = await valider();
    expect(result.ok && expectStep(result.value, 'code')).toBeTruthy();
    expect(cloud.received).toHaveLength(1);
    expect(smsLog()).toEqual([{ status: 'accepted', provider: 'twilio', error_kind: null }]);
    const view = await h.okCall('activation.submitCode', {
      flowId,
      code: cloud.lastCodeFor('+33612345678')!,
    });
    expect(view.step).toBe('children');
  });

  it('does not switch when the first works', async () => {
    kiosk(phone.url);
    await valider();
    expect(phone.received).toHaveLength(1);
    expect(cloud.received).toHaveLength(0);
    expect(smsLog()).toEqual([
      { status: 'accepted', provider: 'android-gateway', error_kind: null },
    ]);
  });

  it('does not switch on bad credentials (the school must fix them)', async () => {
    kiosk(phone.url, 'wrong');
    const { result } = await valider();
    expect(result.ok ? null : result.error.details?.reason).toBe('Auth');
    expect(cloud.received).toHaveLength(0);
  });

  it('does not switch after an uncertain outcome (a second code could arrive)', async () => {
    kiosk(phone.url);
    phone.setMode('drop');
    const { result } = await valider();
    expect(result.ok ? null : result.error.details?.reason).toBe('Uncertain');
    expect(cloud.received).toHaveLength(0);
    expect(phone.received).toHaveLength(1);
  }, 15_000);
});
