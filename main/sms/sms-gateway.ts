// The common model of ../shared/docs/sms-gateways.md: numbers in E.164, a send returns the
// provider's id, failures are typed with a `retryable` flag.

export type SmsErrorKind =
  | 'InvalidNumber'
  | 'Auth'
  | 'InsufficientCredit'
  | 'RateLimited'
  | 'Transient'
  | 'NotConfigured';

export class SmsGatewayError extends Error {
  constructor(
    readonly kind: SmsErrorKind,
    /** English, for the log: never the message text or a code. */
    message: string,
    readonly retryable: boolean,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'SmsGatewayError';
  }
}

export interface SmsMessage {
  /** E.164, e.g. +33612345678. */
  to: string;
  text: string;
  /** Our own id for this message (sms_log.id); gateways that accept a client id use it. */
  clientId: string;
}

export interface SmsSendReceipt {
  providerMessageId: string;
  /** Provider status at acceptance (e.g. "Pending", "queued"). */
  status: string;
}

export interface SmsGateway {
  /** Short provider name for the SMS log ("android-gateway", "demo"). */
  readonly provider: string;
  /** Sends one SMS or throws SmsGatewayError. */
  send(message: SmsMessage): Promise<SmsSendReceipt>;
}
