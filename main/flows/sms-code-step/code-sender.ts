import { randomUUID } from 'node:crypto';
import { fail, ok, type KioskError, type Result } from '../../../shared/result';
import { smsFailureReason } from '../../../shared/sms-failure-reasons';
import { inTransaction } from '../../database/in-transaction';
import { SmsGatewayError } from '../../sms/sms-gateway';
import {
  SMS_SEND_REFUSAL_REASONS,
  smsSendRefusal,
  type SmsSendRefusal,
} from '../../sms/sms-send-refusal';
import { auditStep } from '../engine/flow-audit';
import type { FlowStep } from '../engine/flow-machine';
import type { FlowRow } from '../engine/flow-repository';
import { newCodeColumns } from './code-view';
import { generateOtpCode, hashOtpCode } from './otp-code';
import type { FlowAuditName, SmsCodeContext } from './sms-code-context';

export interface PreparedCodeSend {
  smsId: string;
  /** The flow's kiosk session: its visit's language is the SMS's. */
  sessionId: string;
  phoneE164: string;
  code: string;
  codeHmac: string;
}

/** Whether this gateway may not send to this roster (sms-send-refusal.ts), and why. */
export function unsafeSmsRefusal(context: SmsCodeContext): SmsSendRefusal | null {
  return smsSendRefusal(context.smsGateway.provider, context.isDemoMode());
}

/**
 * Refuses a send the roster does not allow, before any lookup so it reveals nothing about who
 * exists: the person sees SMS_NOT_CONFIGURED, the console log and the audit say why.
 */
export function refuseUnsafeSms(
  context: SmsCodeContext,
  flowId: string,
  now: Date,
  flowName: FlowAuditName,
): { ok: false; error: KioskError } | null {
  const refusal = unsafeSmsRefusal(context);
  if (refusal === null) return null;
  console.warn(`SMS refused (flow ${flowId}): ${SMS_SEND_REFUSAL_REASONS[refusal]}`);
  auditStep(context, now, `${flowName}.sms-not-configured`, flowId, null, { reason: refusal });
  return fail('SMS_NOT_CONFIGURED', `No SMS sent: ${SMS_SEND_REFUSAL_REASONS[refusal]}`);
}

/**
 * S-RATE-2, checked once per send to a number the person typed: SMS_RATE_LIMITED (audited) when
 * this number or the kiosk reached a limit, else ok. "Valider" calls it before the roster match
 * (S-ENUM-1), "Renvoyer le code" before drawing a new code.
 */
export function checkSmsLimits(
  context: SmsCodeContext,
  flowId: string,
  phoneE164: string,
  now: Date,
  flowName: FlowAuditName,
): Result<null> {
  const retryAfterSeconds = context.smsRateLimiter.retryAfterSeconds(phoneE164, now);
  return refuseOverLimit(context, flowId, retryAfterSeconds, now, flowName, 'number or kiosk');
}

/**
 * SMS_RATE_LIMITED (audited) when a limiter asked to wait, with when to try again
 * (details.retryAfterSeconds, shown on the screen), else ok.
 */
export function refuseOverLimit(
  context: SmsCodeContext,
  flowId: string,
  retryAfterSeconds: number,
  now: Date,
  flowName: FlowAuditName,
  /** Which budget, for the log's English message: 'number or kiosk', 'identifier or kiosk'. */
  budget: string,
): Result<null> {
  if (retryAfterSeconds === 0) return ok(null);
  auditStep(context, now, `${flowName}.sms-rate-limited`, flowId);
  return fail('SMS_RATE_LIMITED', `SMS limit reached for this ${budget}`, {
    retryAfterSeconds,
  });
}

/**
 * Inside the step's transaction, once the limits allowed it: draws a code (S-OTP-1) and logs
 * the pending send, so the attempt counts even if the process dies while sending.
 */
export function logPendingCode(
  context: SmsCodeContext,
  flow: FlowRow,
  now: Date,
  purpose: string,
  identifierKey?: string,
): PreparedCodeSend {
  const phoneE164 = flow.phone_e164;
  if (!phoneE164) throw new Error(`Flow ${flow.id} has no phone number at step ${flow.state}`);
  const code = generateOtpCode(context.randomInt);
  const smsId = randomUUID();
  context.smsLog.insertPending({
    id: smsId,
    at: now,
    flowId: flow.id,
    purpose,
    phoneE164,
    provider: context.smsGateway.provider,
    ...(identifierKey !== undefined ? { identifierKey } : {}),
  });
  return {
    smsId,
    sessionId: flow.session_id,
    phoneE164,
    code,
    codeHmac: hashOtpCode(context.codeHmacKey, flow.id, code),
  };
}

/**
 * Records a send that did not end in an acceptance. When the provider may still have taken it
 * (a timeout, a 5xx, a lost answer, the deadline passing with an attempt in flight, or an
 * unexpected error) it is logged 'uncertain': that counts like a sent SMS for the per-number
 * gap and the kiosk ceiling (S-RATE-2), so a new tap cannot send a second SMS with another code
 * while the first may still arrive. Only a send known not to have gone out is 'failed'.
 */
export function recordUnsent(
  context: SmsCodeContext,
  flowId: string,
  smsId: string,
  error: unknown,
  auditAction: string,
): { kind: SmsGatewayError['kind']; uncertain: boolean; retryAfterSeconds?: number } {
  const known = error instanceof SmsGatewayError;
  const kind = known ? error.kind : 'Transient';
  const detail = error instanceof Error ? error.message : 'unknown error';
  if (!known) console.error(`SMS gateway threw an unexpected error (sms ${smsId}): ${detail}`);
  // The secretariat's console comes later: until then the console log is where a school's IT
  // person sees why codes do not leave (the detail never holds the text or the full number).
  else console.warn(`SMS ${smsId} not sent (${kind}): ${detail}`);
  const uncertain = !known || error.outcomeUncertain;
  inTransaction(context.db, () => {
    if (uncertain) context.smsLog.markUncertain(smsId, kind, detail);
    else context.smsLog.markFailed(smsId, kind, detail);
    auditStep(context, context.clock.now(), auditAction, flowId, null, {
      smsId,
      errorKind: kind,
      ...(uncertain ? { outcome: 'uncertain' } : {}),
    });
  });
  const retryAfterSeconds = known ? error.retryAfterSeconds : undefined;
  return { kind, uncertain, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) };
}

/**
 * What the parent is told (details.reason of SMS_FAILED, a French sentence each): the error
 * kind, or 'Uncertain' when no answer came and the SMS may still arrive (see smsFailureReason).
 */
export function smsFailed(unsent: ReturnType<typeof recordUnsent>) {
  const reason = smsFailureReason(unsent.kind, unsent.uncertain);
  return fail('SMS_FAILED', `The SMS gateway could not send (${unsent.kind})`, {
    reason,
    ...(unsent.retryAfterSeconds ? { retryAfterSeconds: unsent.retryAfterSeconds } : {}),
  });
}

/** What differs between the flows when a prepared code is sent. */
export interface CodeDelivery {
  /** The SMS text (the code and its validity in it). */
  text: string;
  /** The flow's name, first part of the audit actions ('activation.code-sent', …). */
  auditName: FlowAuditName;
  /** Inside the transaction that records the acceptance, before the flow is read back. */
  onAccepted?: () => void;
}

/**
 * Sends the prepared code outside any transaction, then records the outcome. On success the
 * flow moves to 'code' with the new code (the previous one stops working) if it is still where
 * the step found it; on failure it stays where it was (SMS_FAILED, details.reason = the error
 * kind): the person may tap again, which the limits allow at once only when the SMS surely did
 * not go out.
 */
export async function sendPreparedCode<V>(
  context: SmsCodeContext,
  step: FlowStep<V>,
  prepared: PreparedCodeSend,
  delivery: CodeDelivery,
): Promise<Result<V>> {
  let providerMessageId: string;
  let acceptedBy: string | undefined;
  try {
    const receipt = await context.smsGateway.send({
      to: prepared.phoneE164,
      text: delivery.text,
      clientId: prepared.smsId,
    });
    providerMessageId = receipt.providerMessageId;
    acceptedBy = receipt.provider;
  } catch (error) {
    const auditAction = `${delivery.auditName}.sms-failed`;
    return smsFailed(recordUnsent(context, step.flowId, prepared.smsId, error, auditAction));
  }

  return inTransaction(context.db, () => {
    context.smsLog.markAccepted(prepared.smsId, providerMessageId, acceptedBy);
    delivery.onAccepted?.();
    // The flow may have been ended (reset, abandon) while the SMS was on its way.
    return step.resume((flow, now, move) => {
      const updated = move.to('code', newCodeColumns(context.settings, now, prepared.codeHmac));
      auditStep(context, now, `${delivery.auditName}.code-sent`, flow.id, null, {
        smsId: prepared.smsId,
      });
      return ok(step.view(updated));
    });
  });
}
