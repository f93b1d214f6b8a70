// Twilio Programmable Messaging: answers and error codes mapped to the common error model
// (../shared/docs/sms-gateways.md, "Twilio Programmable Messaging").
import { z } from 'zod';
import { parseRetryAfter, providerMessage } from './android-gateway-protocol';
import { SmsGatewayError } from './sms-gateway';

/** 201 on POST …/Messages.json, 200 on GET …/Messages/{Sid}.json. */
export const twilioMessageSchema = z.object({
  sid: z.string().regex(/^(SM|MM)\w+$/),
  status: z.string().min(1),
  error_code: z.number().nullish(),
  error_message: z.string().nullish(),
});

export type TwilioMessage = z.infer<typeof twilioMessageSchema>;

/** Codes that say the recipient cannot get this SMS: sending again will not help. */
const RECIPIENT_CODES: Record<number, string> = {
  21211: 'invalid To number',
  21614: 'not a mobile number',
  21610: 'the recipient replied STOP to this sender',
  21612: 'the number cannot be reached from this sender',
  21408: 'sending to this region is not enabled on the account (Messaging Geographic Permissions)',
};

/** Codes that are the school's account setup, not the parent's number. */
const ACCOUNT_CODES: Record<number, string> = {
  21606: 'the From number or sender id (KIOSK_SMS_SENDER) is not one of the account',
  21608: 'a trial account can only send to verified numbers',
  20003: 'bad credentials (KIOSK_TWILIO_ACCOUNT_SID, KIOSK_TWILIO_AUTH_TOKEN)',
  20404: 'no such account or messaging service (KIOSK_TWILIO_ACCOUNT_SID)',
};

function errorCode(data: unknown): number | undefined {
  if (typeof data === 'object' && data !== null && 'code' in data) {
    const code = (data as { code: unknown }).code;
    if (typeof code === 'number') return code;
  }
  return undefined;
}

/** A non-2xx answer of Twilio as a typed error; the log detail names Twilio's code. */
export function twilioError(
  status: number,
  data: unknown,
  retryAfterHeader: unknown,
  nowMs: number,
): SmsGatewayError {
  const code = errorCode(data);
  const reason = `HTTP ${status}${code !== undefined ? `, code ${code}` : ''}`;
  if (status === 429 || code === 20429) {
    return new SmsGatewayError(
      'RateLimited',
      `Twilio asked to slow down (${reason})`,
      true,
      parseRetryAfter(retryAfterHeader, nowMs),
    );
  }
  if (code !== undefined && RECIPIENT_CODES[code]) {
    return new SmsGatewayError(
      'InvalidNumber',
      `Twilio refused the recipient (${reason}): ${RECIPIENT_CODES[code]}`,
      false,
    );
  }
  if (status === 401 || status === 403 || code === 20003) {
    return new SmsGatewayError(
      'Auth',
      `Twilio refused the credentials (${reason}): check KIOSK_TWILIO_ACCOUNT_SID and KIOSK_TWILIO_AUTH_TOKEN`,
      false,
    );
  }
  if (code !== undefined && ACCOUNT_CODES[code]) {
    return new SmsGatewayError(
      'NotConfigured',
      `Twilio refused the account setup (${reason}): ${ACCOUNT_CODES[code]}`,
      false,
    );
  }
  if (status >= 500) {
    // Twilio may have queued the message; it has no idempotency key, so no retry.
    return new SmsGatewayError(
      'ProviderError',
      `Twilio failed (${reason}): ${providerMessage(data)}`,
      true,
      undefined,
      true,
    );
  }
  return new SmsGatewayError(
    'Rejected',
    `Twilio rejected the request (${reason}): ${providerMessage(data)}`,
    false,
  );
}
