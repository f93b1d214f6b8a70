// Every secret the kiosk keeps, by the name used in the OS keychain, on the command line
// (`npm run config -- sms set NAME`) and by the settings screen, with the KioskSecrets field it
// fills and the environment variable that overrides it (S-DATA-1).
import { SMS_SECRET_NAMES } from '../../shared/sms-settings-view';
import type { KioskSecrets } from '../config/kiosk-config';

export interface SecretDefinition {
  field: keyof KioskSecrets;
  envName: string;
  /** What it is, for `npm run config -- status` and the README. */
  description: string;
  /** Created by the kiosk on first start (random); never typed by a person in normal use. */
  generated: boolean;
}

// The settings screen's contract names them too, so the list lives in shared/.
export { SMS_SECRET_NAMES };

export const GENERATED_SECRET_NAMES = ['code-hmac-key', 'password-pepper'] as const;

/** Given by the hub at enrolment (docs/developers/sync.md); written by the kiosk, never typed. */
export const HUB_SECRET_NAMES = ['hub-credential'] as const;

export type SmsSecretName = (typeof SMS_SECRET_NAMES)[number];
export type GeneratedSecretName = (typeof GENERATED_SECRET_NAMES)[number];
export type HubSecretName = (typeof HUB_SECRET_NAMES)[number];
export type SecretName = SmsSecretName | GeneratedSecretName | HubSecretName;

export const SECRET_NAMES: readonly SecretName[] = [
  ...GENERATED_SECRET_NAMES,
  ...SMS_SECRET_NAMES,
  ...HUB_SECRET_NAMES,
];

export const SECRETS: Record<SecretName, SecretDefinition> = {
  'code-hmac-key': {
    field: 'codeHmacKey',
    envName: 'KIOSK_CODE_HMAC_KEY',
    description: 'key of the SMS-code hashes',
    generated: true,
  },
  'password-pepper': {
    field: 'passwordPepper',
    envName: 'KIOSK_PASSWORD_PEPPER',
    description: 'password pepper',
    generated: true,
  },
  'sms-password': {
    field: 'smsPassword',
    envName: 'KIOSK_SMS_PASSWORD',
    description: 'Android gateway password',
    generated: false,
  },
  'twilio-auth-token': {
    field: 'twilioAuthToken',
    envName: 'KIOSK_TWILIO_AUTH_TOKEN',
    description: 'Twilio auth token',
    generated: false,
  },
  'ovh-application-secret': {
    field: 'ovhApplicationSecret',
    envName: 'KIOSK_OVH_APPLICATION_SECRET',
    description: 'OVHcloud application secret',
    generated: false,
  },
  'ovh-consumer-key': {
    field: 'ovhConsumerKey',
    envName: 'KIOSK_OVH_CONSUMER_KEY',
    description: 'OVHcloud consumer key',
    generated: false,
  },
  'smsmode-api-key': {
    field: 'smsmodeApiKey',
    envName: 'KIOSK_SMSMODE_API_KEY',
    description: 'smsmode API key',
    generated: false,
  },
  'brevo-api-key': {
    field: 'brevoApiKey',
    envName: 'KIOSK_BREVO_API_KEY',
    description: 'Brevo API key',
    generated: false,
  },
  'hub-credential': {
    field: 'hubCredential',
    envName: 'KIOSK_HUB_CREDENTIAL',
    description: 'credential of this kiosk at its hub (S-SYNC-1)',
    generated: false,
  },
};

export const isSecretName = (name: string): name is SecretName =>
  (SECRET_NAMES as readonly string[]).includes(name);

export const isSmsSecretName = (name: string): name is SmsSecretName =>
  (SMS_SECRET_NAMES as readonly string[]).includes(name);
