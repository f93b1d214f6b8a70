// Each cloud SMS provider with its loopback fake, as the integration tests start them: the
// settings and secrets a school would set, and what the provider makes of the parent's number.
import type { SmsGatewaySecrets, SmsGatewaySettings } from '../../../main/sms/create-sms-gateway';
import type { RealSmsProvider } from '../../../main/config/kiosk-config';
import { startFakeBrevo } from '../../fakes/fake-brevo';
import { startFakeOvh } from '../../fakes/fake-ovh';
import type { FakeSmsProvider } from '../../fakes/fake-provider-server';
import { startFakeSmsmode } from '../../fakes/fake-smsmode';
import { startFakeTwilio } from '../../fakes/fake-twilio';

export const TWILIO_SID = `AC${'0123456789abcdef'.repeat(2)}`;
export const SENDER = 'COLLEGE';

export interface CloudProviderFixture {
  provider: Exclude<RealSmsProvider, 'android-gateway'>;
  start(): Promise<FakeSmsProvider>;
  settings(fake: FakeSmsProvider): Partial<SmsGatewaySettings>;
  secrets: SmsGatewaySecrets;
  /** Secrets with a wrong key or password. */
  wrongSecrets: SmsGatewaySecrets;
  /** The parent's E.164 number as this provider wants it. */
  formatted(e164: string): string;
  /** The error kind the fake's "no credit" magic number maps to. */
  noCreditKind: 'InsufficientCredit' | 'NotConfigured';
  /** Retry-After the provider gives with its 429 (in the fake), when it gives one. */
  rateLimitRetryAfter: number | undefined;
  checksConnection: boolean;
}

const digits = (e164: string) => e164.slice(1);

export const CLOUD_PROVIDERS: CloudProviderFixture[] = [
  {
    provider: 'twilio',
    start: () =>
      startFakeTwilio({ accountSid: TWILIO_SID, authToken: 'twilio-token', senders: [SENDER] }),
    settings: (fake) => ({ twilioBaseUrl: fake.url, twilioAccountSid: TWILIO_SID }),
    secrets: { twilioAuthToken: 'twilio-token' },
    wrongSecrets: { twilioAuthToken: 'not-the-token' },
    formatted: (e164) => e164,
    noCreditKind: 'NotConfigured',
    rateLimitRetryAfter: undefined,
    checksConnection: true,
  },
  {
    provider: 'ovh',
    start: () =>
      startFakeOvh({
        applicationKey: 'ovhAppKey123',
        applicationSecret: 'ovh-app-secret',
        consumerKey: 'ovh-consumer-key',
        serviceName: 'sms-ab12345-1',
        // OVH's clock 5 minutes ahead of the kiosk's: only the offset makes requests valid.
        skewSeconds: 300,
      }),
    settings: (fake) => ({
      ovhBaseUrl: fake.url,
      ovhServiceName: 'sms-ab12345-1',
      ovhApplicationKey: 'ovhAppKey123',
    }),
    secrets: { ovhApplicationSecret: 'ovh-app-secret', ovhConsumerKey: 'ovh-consumer-key' },
    wrongSecrets: { ovhApplicationSecret: 'ovh-app-secret', ovhConsumerKey: 'revoked-key' },
    formatted: (e164) => e164,
    noCreditKind: 'InsufficientCredit',
    rateLimitRetryAfter: undefined,
    checksConnection: true,
  },
  {
    provider: 'smsmode',
    start: () => startFakeSmsmode({ apiKey: 'smsmode-key' }),
    settings: (fake) => ({ smsmodeBaseUrl: fake.url }),
    secrets: { smsmodeApiKey: 'smsmode-key' },
    wrongSecrets: { smsmodeApiKey: 'wrong-key' },
    formatted: digits,
    noCreditKind: 'InsufficientCredit',
    rateLimitRetryAfter: 1,
    checksConnection: false,
  },
  {
    provider: 'brevo',
    start: () => startFakeBrevo({ apiKey: 'brevo-key' }),
    settings: (fake) => ({ brevoBaseUrl: fake.url }),
    secrets: { brevoApiKey: 'brevo-key' },
    wrongSecrets: { brevoApiKey: 'xkeysib-wrong' },
    formatted: digits,
    noCreditKind: 'InsufficientCredit',
    rateLimitRetryAfter: 1,
    checksConnection: true,
  },
];

/** Settings of a kiosk using `fixture`'s provider through its fake. */
export function cloudSettings(
  fixture: CloudProviderFixture,
  fake: FakeSmsProvider,
  overrides: Partial<SmsGatewaySettings> = {},
): SmsGatewaySettings {
  return {
    smsProvider: fixture.provider,
    smsUrl: undefined,
    smsUsername: 'sms',
    smsTimeoutSeconds: 4,
    codeTtlSeconds: 1800,
    smsSender: SENDER,
    ...fixture.settings(fake),
    ...overrides,
  };
}
