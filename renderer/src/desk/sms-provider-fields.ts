// What the Settings section asks for each SMS gateway (../shared/docs/sms-gateways.md): its
// non-secret settings (saved to kiosk-config.json) and its secrets (typed into the keychain).
import type { DeskSettings } from '../../../shared/desk-view';
import type { RealSmsProvider, SmsProvider } from '../../../shared/sms-providers';
import type { SmsSecretName } from '../../../shared/sms-settings-view';

/** The settings a provider's screen shows, all text; the i18n key is desk.settings.fields.<key>. */
export type ProviderField = Exclude<
  keyof DeskSettings,
  'kioskName' | 'codeTtlSeconds' | 'idleSeconds' | 'smsProvider' | 'smsFallbackProvider'
>;

export const PROVIDER_FIELDS: Record<RealSmsProvider, readonly ProviderField[]> = {
  'android-gateway': ['smsUrl'],
  twilio: ['twilioAccountSid', 'smsSender', 'twilioMessagingServiceSid', 'twilioBaseUrl'],
  ovh: ['ovhServiceName', 'ovhApplicationKey', 'smsSender', 'ovhBaseUrl'],
  smsmode: ['smsSender', 'smsmodeBaseUrl'],
  brevo: ['smsSender', 'brevoBaseUrl'],
};

export const PROVIDER_SECRETS: Record<RealSmsProvider, readonly SmsSecretName[]> = {
  'android-gateway': ['sms-password'],
  twilio: ['twilio-auth-token'],
  ovh: ['ovh-application-secret', 'ovh-consumer-key'],
  smsmode: ['smsmode-api-key'],
  brevo: ['brevo-api-key'],
};

/** The secrets the saved gateway and its fallback need, without repeats. */
export function secretsFor(providers: readonly (SmsProvider | null)[]): SmsSecretName[] {
  const names = new Set<SmsSecretName>();
  for (const provider of providers) {
    if (provider && provider !== 'demo')
      for (const name of PROVIDER_SECRETS[provider]) names.add(name);
  }
  return [...names];
}
