// The cloud SMS providers' settings and secrets (issue 4): what each provider cannot work
// without is named at start, secrets come only from the environment (S-DATA-1).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadKioskConfig } from '../../../main/config/kiosk-config';

const freshDir = () => mkdtempSync(join(tmpdir(), 'kiosk-sms-config-'));
const SID = `AC${'ab'.repeat(16)}`;

describe('SMS provider settings', () => {
  it('reads every provider secret from its environment variable', () => {
    const { secrets } = loadKioskConfig(freshDir(), {
      KIOSK_SMS_PASSWORD: 'p',
      KIOSK_TWILIO_AUTH_TOKEN: 't',
      KIOSK_OVH_APPLICATION_SECRET: 'as',
      KIOSK_OVH_CONSUMER_KEY: 'ck',
      KIOSK_SMSMODE_API_KEY: 's',
      KIOSK_BREVO_API_KEY: 'b',
    });
    expect(secrets).toMatchObject({
      smsPassword: 'p',
      twilioAuthToken: 't',
      ovhApplicationSecret: 'as',
      ovhConsumerKey: 'ck',
      smsmodeApiKey: 's',
      brevoApiKey: 'b',
    });
  });

  it.each(['twilioAuthToken', 'ovhConsumerKey', 'brevoApiKey'])(
    'S-DATA-1: refuses the secret %s in kiosk-config.json',
    (secret) => {
      const dir = freshDir();
      writeFileSync(join(dir, 'kiosk-config.json'), JSON.stringify({ [secret]: 'x' }));
      expect(() => loadKioskConfig(dir, {})).toThrow(new RegExp(`must not contain "${secret}"`));
    },
  );

  it.each([
    [{ KIOSK_SMS_PROVIDER: 'twilio' }, /KIOSK_TWILIO_ACCOUNT_SID required when using twilio/],
    [
      { KIOSK_SMS_PROVIDER: 'twilio', KIOSK_TWILIO_ACCOUNT_SID: SID },
      /KIOSK_SMS_SENDER .* or KIOSK_TWILIO_MESSAGING_SERVICE_SID required/,
    ],
    [
      { KIOSK_SMS_PROVIDER: 'ovh' },
      /KIOSK_OVH_SERVICE_NAME and KIOSK_OVH_APPLICATION_KEY required/,
    ],
    [{ KIOSK_SMS_PROVIDER: 'brevo' }, /KIOSK_SMS_SENDER required when using brevo/],
    [{ KIOSK_SMS_PROVIDER: 'smsmode', KIOSK_SMS_FALLBACK_PROVIDER: 'smsmode' }, /must differ/],
    [{ KIOSK_SMS_FALLBACK_PROVIDER: 'brevo' }, /needs a real KIOSK_SMS_PROVIDER/],
    [
      { KIOSK_SMS_PROVIDER: 'smsmode', KIOSK_SMS_FALLBACK_PROVIDER: 'android-gateway' },
      /KIOSK_SMS_URL required when using android-gateway/,
    ],
    [{ KIOSK_SMS_SENDER: 'COLLEGE JEAN MOULIN' }, /smsSender \(KIOSK_SMS_SENDER\): up to 11/],
    [{ KIOSK_TWILIO_ACCOUNT_SID: 'AC123' }, /KIOSK_TWILIO_ACCOUNT_SID/],
    [
      { KIOSK_TWILIO_BASE_URL: 'https://AC1:token@api.twilio.com' },
      /KIOSK_TWILIO_BASE_URL.*must not contain a user or password/,
    ],
  ])('refuses %o, naming what to set', (env, message) => {
    expect(() => loadKioskConfig(freshDir(), env)).toThrow(ConfigError);
    expect(() => loadKioskConfig(freshDir(), env)).toThrow(message);
  });

  it('accepts a complete provider with a fallback, with the public base URLs by default', () => {
    const { settings } = loadKioskConfig(freshDir(), {
      KIOSK_SMS_PROVIDER: 'ovh',
      KIOSK_OVH_SERVICE_NAME: 'sms-ab12345-1',
      KIOSK_OVH_APPLICATION_KEY: 'abcdEFGH1234',
      KIOSK_SMS_SENDER: 'COLLEGE',
      KIOSK_SMS_FALLBACK_PROVIDER: 'brevo',
    });
    expect(settings).toMatchObject({
      smsProvider: 'ovh',
      smsFallbackProvider: 'brevo',
      ovhBaseUrl: 'https://eu.api.ovh.com/1.0',
      brevoBaseUrl: 'https://api.brevo.com/v3',
      twilioBaseUrl: 'https://api.twilio.com',
      smsmodeBaseUrl: 'https://rest.smsmode.com/sms/v1',
    });
  });
});
