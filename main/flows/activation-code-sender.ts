import { randomUUID } from 'node:crypto';
import type { ActivationView } from '../../shared/activation-view';
import { fail, ok, type Result } from '../../shared/result';
import { addSeconds } from '../platform/clock';
import { SmsGatewayError } from '../sms/sms-gateway';
import { auditStep, inTransaction, type ActivationContext } from './activation-context';
import { buildActivationView, codeValidityMinutes } from './activation-view-builder';
import type { FlowRow, FlowState } from './flow-repository';
import { activationSmsText, generateOtpCode, hashOtpCode } from './otp-code';

export interface PreparedCodeSend {
  smsId: string;
  phoneE164: string;
  code: string;
  codeHmac: string;
}

/** The demo phone shows codes on screen: only acceptable with the fictional demo roster. */
export function smsNotConfigured(context: ActivationContext): boolean {
  return context.smsGateway.provider === 'demo' && !context.isDemoMode();
}

/**
 * Inside the step's transaction: applies S-RATE-2, draws a code (S-OTP-1) and logs the pending
 * send, so the attempt counts even if the process dies while sending.
 */
export function prepareCodeSend(
  context: ActivationContext,
  flow: FlowRow,
  now: Date,
): Result<PreparedCodeSend> {
  const phoneE164 = flow.phone_e164;
  if (!phoneE164) throw new Error(`Flow ${flow.id} has no phone number at step ${flow.state}`);
  const retryAfterSeconds = context.smsRateLimiter.retryAfterSeconds(phoneE164, now);
  if (retryAfterSeconds > 0) {
    auditStep(context, now, 'activation.sms-rate-limited', flow.id);
    return fail('SMS_RATE_LIMITED', 'SMS limit reached for this number or kiosk', {
      retryAfterSeconds,
    });
  }
  const code = generateOtpCode(context.randomInt);
  const smsId = randomUUID();
  context.smsLog.insertPending({
    id: smsId,
    at: now,
    flowId: flow.id,
    purpose: 'activation-code',
    phoneE164,
    provider: context.smsGateway.provider,
  });
  return ok({ smsId, phoneE164, code, codeHmac: hashOtpCode(context.codeHmacKey, flow.id, code) });
}

/**
 * Sends the prepared code outside any transaction, then records the outcome. On success the
 * flow moves to 'code' with the new code (the previous one stops working); on failure the flow
 * stays where it was so the person can retry (SMS_FAILED, details.reason = the error kind).
 */
export async function deliverCode(
  context: ActivationContext,
  flowId: string,
  fromState: FlowState,
  prepared: PreparedCodeSend,
): Promise<Result<ActivationView>> {
  const validity = codeValidityMinutes(context.settings.codeTtlSeconds);
  let providerMessageId: string;
  try {
    const receipt = await context.smsGateway.send({
      to: prepared.phoneE164,
      text: activationSmsText(context.settings.serviceName, prepared.code, validity),
      clientId: prepared.smsId,
    });
    providerMessageId = receipt.providerMessageId;
  } catch (error) {
    const kind = error instanceof SmsGatewayError ? error.kind : 'Transient';
    const detail = error instanceof Error ? error.message : 'unknown error';
    if (!(error instanceof SmsGatewayError)) {
      console.error(`SMS gateway threw an unexpected error (sms ${prepared.smsId}): ${detail}`);
    }
    inTransaction(context.db, () => {
      context.smsLog.markFailed(prepared.smsId, kind, detail);
      auditStep(context, context.clock.now(), 'activation.sms-failed', flowId, null, {
        smsId: prepared.smsId,
        errorKind: kind,
      });
    });
    return fail('SMS_FAILED', `The SMS gateway could not send (${kind})`, { reason: kind });
  }

  return inTransaction(context.db, () => {
    const now = context.clock.now();
    context.smsLog.markAccepted(prepared.smsId, providerMessageId);
    const flow = context.flows.find(flowId);
    // S-RATE-3: an SMS on its way to a matched identity ends this person's failed streak.
    if (flow) context.identityCooldown.clearSession(flow.session_id);
    // The flow may have been ended (reset, abandon) while the SMS was on its way.
    if (!flow || flow.state !== fromState) {
      return fail('FLOW_WRONG_STEP', 'The flow changed while the SMS was being sent');
    }
    context.flows.update(flowId, now, {
      state: 'code',
      code_hmac: prepared.codeHmac,
      code_sent_at: now.toISOString(),
      code_expires_at: addSeconds(now, context.settings.codeTtlSeconds).toISOString(),
      code_used_at: null,
    });
    auditStep(context, now, 'activation.code-sent', flowId, null, { smsId: prepared.smsId });
    const updated = context.flows.find(flowId);
    if (!updated) throw new Error(`Flow ${flowId} vanished`);
    return ok(buildActivationView(context, updated));
  });
}
