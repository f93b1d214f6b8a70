// What the console's Settings section shows about the SMS gateway: which secrets are set (never
// a value, S-DATA-1), the last failed send, and a test SMS's outcome.
import type { SmsErrorKind, SmsFailureReason } from './sms-failure-reasons';

/** The SMS gateway secrets a person types (the keychain names of main/secrets/secret-names.ts). */
export const SMS_SECRET_NAMES = [
  'sms-password',
  'twilio-auth-token',
  'ovh-application-secret',
  'ovh-consumer-key',
  'smsmode-api-key',
  'brevo-api-key',
] as const;
export type SmsSecretName = (typeof SMS_SECRET_NAMES)[number];

export interface SmsSecretState {
  name: SmsSecretName;
  /** In the OS keychain. */
  inKeychain: boolean;
  /** Set by a KIOSK_* variable of this process, which wins over the keychain. */
  inEnvironment: boolean;
}

export interface SmsLastErrorView {
  kind: SmsErrorKind;
  /** English, precise, for the school's IT person (never a code or a full number). */
  detail: string;
  at: string;
  provider: string;
  uncertain: boolean;
}

export interface SmsSettingsView {
  keychain: 'available' | 'unavailable';
  secrets: SmsSecretState[];
  lastError: SmsLastErrorView | null;
}

export type TestSmsView =
  | { sent: true; provider: string; maskedTo: string }
  | { sent: false; reason: SmsFailureReason; detail: string };
