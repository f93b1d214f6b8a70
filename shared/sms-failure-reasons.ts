// What went wrong with an SMS, in the common model of ../shared/docs/sms-gateways.md, and why the
// parent or the secretariat is told it could not be sent (SMS_FAILED's details.reason, one
// French sentence each in the renderer, never the provider's own text).

/** The typed failures of a send; each says what happened, so each gets its own sentence. */
export const SMS_ERROR_KINDS = [
  /** The provider will not deliver to this number. */
  'InvalidNumber',
  /** The provider refused the credentials (key, password, consumer key's rights). */
  'Auth',
  /** The account has no SMS credit left. */
  'InsufficientCredit',
  /** The provider (or the account's own ceiling) asks to slow down. */
  'RateLimited',
  /** No answer: the provider could not be reached, or did not answer in time. */
  'Transient',
  /** The provider answered with a failure of its own (HTTP 5xx, an answer it cannot read). */
  'ProviderError',
  /** The provider refused the request itself (an HTTP 4xx none of the kinds above covers). */
  'Rejected',
  /** A setting of the kiosk or of the account is missing or wrong. */
  'NotConfigured',
] as const;

export type SmsErrorKind = (typeof SMS_ERROR_KINDS)[number];

/** The error kinds, plus 'Uncertain': no answer came, and the provider may still deliver it. */
export const SMS_FAILURE_REASONS = [...SMS_ERROR_KINDS, 'Uncertain'] as const;

export type SmsFailureReason = (typeof SMS_FAILURE_REASONS)[number];

/**
 * What a person is told about a send that did not end in an acceptance. 'Uncertain' says the
 * provider took too long or the connection was cut, so it is only for a send that got no answer;
 * a provider that answered with its own failure (ProviderError) is told as such, its sentence
 * saying the SMS may still come.
 */
export function smsFailureReason(kind: SmsErrorKind, uncertain: boolean): SmsFailureReason {
  return uncertain && kind !== 'ProviderError' ? 'Uncertain' : kind;
}
