// The common model of ../shared/docs/sms-gateways.md: numbers in E.164, a send returns the
// provider's id, failures are typed with a `retryable` flag.

import type { SmsErrorKind } from '../../shared/sms-failure-reasons';

export type { SmsErrorKind };

export class SmsGatewayError extends Error {
  constructor(
    readonly kind: SmsErrorKind,
    /** English, for the log: never the message text or a code. */
    message: string,
    readonly retryable: boolean,
    readonly retryAfterSeconds?: number,
    /**
     * True when the provider may already have accepted the message (timeout, 5xx, lost answer):
     * retrying can then send a second SMS unless the provider de-duplicates by client id.
     */
    readonly outcomeUncertain = false,
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
  /** The gateway that took it, when not the one the send was logged under (a fallback). */
  provider?: string;
}

export interface SmsGateway {
  /** Short provider name for the SMS log ("android-gateway", "demo"). */
  readonly provider: string;
  /** Sends one SMS or throws SmsGatewayError. */
  send(message: SmsMessage): Promise<SmsSendReceipt>;
  /**
   * True when the provider de-duplicates sends by `clientId`, so a retry after an uncertain
   * outcome cannot reach the parent twice (see send-with-retry.ts).
   */
  readonly idempotentSends?: boolean;
  /** Current delivery state, for providers that can be polled (a kiosk gets no callbacks). */
  getStatus?(providerMessageId: string): Promise<SmsDeliveryStatus>;
  /**
   * Checks, without sending anything, that the provider answers and accepts the credentials;
   * throws SmsGatewayError otherwise. Run at start so a wrong setting shows before a parent
   * waits for a code that cannot come.
   */
  checkConnection?(): Promise<void>;
}

export interface SmsDeliveryStatus {
  providerMessageId: string;
  /** Provider status, e.g. "Pending", "Sent", "Delivered", "Failed". */
  status: string;
  /** Provider's reason when the message failed, in English. */
  error?: string;
}
