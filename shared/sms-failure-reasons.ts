// Why an SMS could not be sent, as SMS_FAILED's details.reason: one French sentence each in the
// renderer (never the provider's own text). The SMS error kinds, plus 'Uncertain' when the
// provider may still deliver it (a timeout or a failure after it may have taken the SMS).
export const SMS_FAILURE_REASONS = [
  'InvalidNumber',
  'Auth',
  'InsufficientCredit',
  'RateLimited',
  'Transient',
  'NotConfigured',
  'Uncertain',
] as const;

export type SmsFailureReason = (typeof SMS_FAILURE_REASONS)[number];
