// Picks the gateway the school configured, and the optional fallback. Secrets are handed to the
// adapters as arguments (S-DATA-1: they come from the environment or the OS keychain).
import type { Agent } from 'node:http';
import {
  ConfigError,
  SMS_SECRET_ENV_NAMES,
  type KioskSecrets,
  type KioskSettings,
  type RealSmsProvider,
} from '../config/kiosk-config';
import type { Clock } from '../platform/clock';
import { createAndroidGateway } from './android-gateway';
import { createBrevoGateway } from './brevo-gateway';
import { createDemoGateway, type DemoPhone } from './demo-gateway';
import { withFallback } from './fallback-sms-gateway';
import { createOvhGateway } from './ovh-gateway';
import { withSendRetries } from './retrying-sms-gateway';
import { attemptTimeoutMs } from './send-with-retry';
import type { SmsGateway } from './sms-gateway';
import { createSmsmodeGateway } from './smsmode-gateway';
import { createTwilioGateway } from './twilio-gateway';

export type SmsGatewaySettings = Pick<
  KioskSettings,
  'smsProvider' | 'smsUrl' | 'smsUsername' | 'smsTimeoutSeconds' | 'codeTtlSeconds'
> &
  Partial<
    Pick<
      KioskSettings,
      | 'smsSender'
      | 'smsFallbackProvider'
      | 'twilioAccountSid'
      | 'twilioMessagingServiceSid'
      | 'twilioBaseUrl'
      | 'ovhServiceName'
      | 'ovhApplicationKey'
      | 'ovhBaseUrl'
      | 'smsmodeBaseUrl'
      | 'brevoBaseUrl'
    >
  >;

export type SmsGatewaySecrets = Partial<
  Pick<
    KioskSecrets,
    | 'smsPassword'
    | 'twilioAuthToken'
    | 'ovhApplicationSecret'
    | 'ovhConsumerKey'
    | 'smsmodeApiKey'
    | 'brevoApiKey'
  >
>;

export interface SmsGatewayExtras {
  httpAgent?: Agent;
  log?: (line: string) => void;
}

export interface SmsGatewaySetup {
  /** Ready for the core: sends follow the retry policy within `smsTimeoutSeconds` overall. */
  gateway: SmsGateway;
  /** Each configured gateway by its provider name, for delivery-status polling. */
  byProvider: ReadonlyMap<string, SmsGateway>;
  /** Only in demo mode: what the on-screen phone shows. */
  demoPhone?: DemoPhone;
}

function secret(
  secrets: SmsGatewaySecrets,
  key: keyof typeof SMS_SECRET_ENV_NAMES,
  provider: string,
  what: string,
): string {
  const value = secrets[key];
  if (!value) {
    throw new ConfigError(
      `${SMS_SECRET_ENV_NAMES[key]} is required when using ${provider}: set it to ${what}`,
    );
  }
  return value;
}

/** A setting loadKioskConfig already required for this provider (missingProviderSettings). */
function required<T>(value: T | undefined, envName: string, provider: string): T {
  if (value === undefined) throw new ConfigError(`${envName} is required when using ${provider}`);
  return value;
}

/** One real gateway, without retries; each HTTP attempt gets `timeoutMs`. */
export function createRealGateway(
  provider: RealSmsProvider,
  settings: SmsGatewaySettings,
  secrets: SmsGatewaySecrets,
  timeoutMs: number,
  extras: SmsGatewayExtras = {},
): SmsGateway {
  switch (provider) {
    case 'android-gateway':
      return createAndroidGateway({
        baseUrl: required(settings.smsUrl, 'KIOSK_SMS_URL', provider),
        username: settings.smsUsername,
        password: secret(
          secrets,
          'smsPassword',
          provider,
          'the password shown in the SMS Gateway app',
        ),
        timeoutMs,
        // A code that arrives after it expired only confuses the parent.
        ttlSeconds: settings.codeTtlSeconds,
        ...extras,
      });
    case 'twilio':
      return createTwilioGateway({
        baseUrl: settings.twilioBaseUrl ?? 'https://api.twilio.com',
        accountSid: required(settings.twilioAccountSid, 'KIOSK_TWILIO_ACCOUNT_SID', provider),
        authToken: secret(secrets, 'twilioAuthToken', provider, 'the Auth Token of the account'),
        ...(settings.smsSender ? { from: settings.smsSender } : {}),
        ...(settings.twilioMessagingServiceSid
          ? { messagingServiceSid: settings.twilioMessagingServiceSid }
          : {}),
        validitySeconds: settings.codeTtlSeconds,
        timeoutMs,
        ...extras,
      });
    case 'ovh':
      return createOvhGateway({
        baseUrl: settings.ovhBaseUrl ?? 'https://eu.api.ovh.com/1.0',
        serviceName: required(settings.ovhServiceName, 'KIOSK_OVH_SERVICE_NAME', provider),
        applicationKey: required(settings.ovhApplicationKey, 'KIOSK_OVH_APPLICATION_KEY', provider),
        applicationSecret: secret(
          secrets,
          'ovhApplicationSecret',
          provider,
          'the application secret',
        ),
        consumerKey: secret(secrets, 'ovhConsumerKey', provider, 'the consumer key'),
        ...(settings.smsSender ? { sender: settings.smsSender } : {}),
        validityMinutes: Math.max(1, Math.ceil(settings.codeTtlSeconds / 60)),
        timeoutMs,
        ...extras,
      });
    case 'smsmode':
      return createSmsmodeGateway({
        baseUrl: settings.smsmodeBaseUrl ?? 'https://rest.smsmode.com/sms/v1',
        apiKey: secret(secrets, 'smsmodeApiKey', provider, 'the API key of the account'),
        ...(settings.smsSender ? { sender: settings.smsSender } : {}),
        timeoutMs,
        ...extras,
      });
    case 'brevo':
      return createBrevoGateway({
        baseUrl: settings.brevoBaseUrl ?? 'https://api.brevo.com/v3',
        apiKey: secret(secrets, 'brevoApiKey', provider, 'an API key of the account'),
        sender: required(settings.smsSender, 'KIOSK_SMS_SENDER', provider),
        timeoutMs,
        ...extras,
      });
    default: {
      const unknown: never = provider;
      throw new ConfigError(`Unknown SMS provider "${String(unknown)}"`);
    }
  }
}

/**
 * The gateway the settings name. `smsTimeoutSeconds` is the whole send's deadline (the parent
 * waits at the screen), fallback included; each HTTP attempt gets a fraction of it
 * (attemptTimeoutMs), so a timed-out attempt leaves room for a retry where one is safe.
 */
export function createSmsGateway(
  settings: SmsGatewaySettings,
  secrets: SmsGatewaySecrets,
  clock: Clock,
  extras: SmsGatewayExtras = {},
): SmsGatewaySetup {
  if (settings.smsProvider === 'demo') {
    const demo = createDemoGateway(clock);
    return {
      gateway: demo,
      byProvider: new Map([['demo', demo]]),
      demoPhone: { inbox: (afterId) => demo.inbox(afterId) },
    };
  }
  const deadlineMs = settings.smsTimeoutSeconds * 1000;
  const timeoutMs = attemptTimeoutMs(deadlineMs);
  const primary = createRealGateway(settings.smsProvider, settings, secrets, timeoutMs, extras);
  const byProvider = new Map([[primary.provider, primary]]);
  let gateway = primary;
  if (settings.smsFallbackProvider) {
    const fallback = createRealGateway(
      settings.smsFallbackProvider,
      settings,
      secrets,
      timeoutMs,
      extras,
    );
    byProvider.set(fallback.provider, fallback);
    gateway = withFallback(primary, fallback, extras.log);
  }
  return { gateway: withSendRetries(gateway, { deadlineMs }), byProvider };
}

/** The address the chosen gateway is reached at, for the start-up message. */
export function smsBaseUrl(settings: SmsGatewaySettings): string | undefined {
  switch (settings.smsProvider) {
    case 'android-gateway':
      return settings.smsUrl;
    case 'twilio':
      return settings.twilioBaseUrl;
    case 'ovh':
      return settings.ovhBaseUrl;
    case 'smsmode':
      return settings.smsmodeBaseUrl;
    case 'brevo':
      return settings.brevoBaseUrl;
    case 'demo':
      return undefined;
  }
}
