import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../main/config/kiosk-config';
import { systemClock } from '../../../main/platform/clock';
import { createSmsGateway, type SmsGatewaySettings } from '../../../main/sms/create-sms-gateway';

const base: SmsGatewaySettings = {
  smsProvider: 'demo',
  smsUrl: undefined,
  smsUsername: 'sms',
  smsTimeoutSeconds: 10,
  codeTtlSeconds: 1800,
};

describe('createSmsGateway', () => {
  it('gives the demo gateway and the on-screen phone that shows what it sent', async () => {
    const { gateway, demoPhone } = createSmsGateway(base, { smsPassword: undefined }, systemClock);
    expect(gateway.provider).toBe('demo');
    await gateway.send({ to: '+33612345678', text: 'Code 123456', clientId: '1' });
    expect(demoPhone?.inbox().map((sms) => sms.text)).toEqual(['Code 123456']);
  });

  it('gives the Android gateway, without a demo phone, when configured', () => {
    const setup = createSmsGateway(
      { ...base, smsProvider: 'android-gateway', smsUrl: 'http://192.168.1.20:8080' },
      { smsPassword: 'secret' },
      systemClock,
    );
    expect(setup.gateway.provider).toBe('android-gateway');
    expect(setup.gateway.idempotentSends).toBe(true);
    expect(setup.demoPhone).toBeUndefined();
  });

  it('refuses the Android gateway without a password, naming the variable to set', () => {
    const create = () =>
      createSmsGateway(
        { ...base, smsProvider: 'android-gateway', smsUrl: 'http://192.168.1.20:8080' },
        { smsPassword: undefined },
        systemClock,
      );
    expect(create).toThrow(ConfigError);
    expect(create).toThrow(/KIOSK_SMS_PASSWORD/);
  });

  it.each([
    [
      'twilio',
      { twilioAccountSid: `AC${'0'.repeat(32)}`, smsSender: 'COLLEGE' },
      /KIOSK_TWILIO_AUTH_TOKEN/,
    ],
    [
      'ovh',
      { ovhServiceName: 'sms-ab1-1', ovhApplicationKey: 'appkey123' },
      /KIOSK_OVH_APPLICATION_SECRET/,
    ],
    ['smsmode', {}, /KIOSK_SMSMODE_API_KEY/],
    ['brevo', { smsSender: 'COLLEGE' }, /KIOSK_BREVO_API_KEY/],
  ] as const)('refuses %s without its secret, naming the variable', (provider, extra, message) => {
    const create = () =>
      createSmsGateway({ ...base, smsProvider: provider, ...extra }, {}, systemClock);
    expect(create).toThrow(ConfigError);
    expect(create).toThrow(message);
  });

  it('gives each cloud provider, never idempotent (no client id), with its fallback', () => {
    const setup = createSmsGateway(
      {
        ...base,
        smsProvider: 'brevo',
        smsSender: 'COLLEGE',
        smsFallbackProvider: 'smsmode',
      },
      { brevoApiKey: 'b', smsmodeApiKey: 's' },
      systemClock,
    );
    expect(setup.gateway.provider).toBe('brevo');
    expect(setup.gateway.idempotentSends).toBe(false);
    expect([...setup.byProvider.keys()]).toEqual(['brevo', 'smsmode']);
    expect(setup.demoPhone).toBeUndefined();
  });
});
