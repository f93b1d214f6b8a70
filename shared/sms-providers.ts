// The SMS gateways a school can choose (../shared/docs/sms-gateways.md), besides the demo phone.
export const REAL_SMS_PROVIDERS = ['android-gateway', 'twilio', 'ovh', 'smsmode', 'brevo'] as const;
export type RealSmsProvider = (typeof REAL_SMS_PROVIDERS)[number];
export const SMS_PROVIDERS = ['demo', ...REAL_SMS_PROVIDERS] as const;
export type SmsProvider = (typeof SMS_PROVIDERS)[number];
