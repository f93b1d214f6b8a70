import { randomUUID } from 'node:crypto';
import type { RecoveryView } from '../../../shared/recovery-view';
import type { Result } from '../../../shared/result';
import { inTransaction } from '../../database/in-transaction';
import { auditStep } from '../engine/flow-audit';
import { codeSmsText } from '../sms-code-step/code-sms-text';
import type { FlowMove, FlowStep } from '../engine/flow-machine';
import type { FlowRow } from '../engine/flow-repository';
import {
  recordUnsent,
  sendPreparedCode,
  unsafeSmsRefusal,
  type PreparedCodeSend,
} from '../sms-code-step/code-sender';
import { newCodeColumns } from '../sms-code-step/code-view';
import { codePurposeOf, type RecoveryContext } from './recovery-context';
import { identifierRateKey } from './recovery-sms-limits';

/**
 * S-ENUM-4: "a code was sent" without any SMS. The flow moves to the code step exactly as after
 * a send, with no code hash, so no typed code ever verifies (S-OTP-5 ends it after 5 tries).
 * The typed number or identifier still gets a 'withheld' row in the SMS log, so the S-RATE-2
 * limits answer the next attempt as they would after a real send (the budget is not a way to
 * tell).
 */
export function withholdCode(
  context: RecoveryContext,
  flow: FlowRow,
  now: Date,
  move: FlowMove,
  reason: string,
): FlowRow {
  const rateKey = identifierRateKey(context, flow);
  if (rateKey !== undefined || flow.phone_e164) {
    context.smsLog.insertWithheld({
      id: randomUUID(),
      at: now,
      flowId: flow.id,
      purpose: codePurposeOf(flow.kind),
      // By identifier, only the identifier's key counts: the number was not typed.
      phoneE164: rateKey === undefined ? flow.phone_e164 : null,
      ...(rateKey !== undefined ? { identifierKey: rateKey } : {}),
    });
  }
  const updated = move.to('code', newCodeColumns(context.settings, now, null));
  auditStep(context, now, 'recovery.code-withheld', flow.id, null, { reason });
  return updated;
}

/**
 * The activation's send (sendPreparedCode), with the recovery's text. On success the flow is at
 * 'code' with the new code; on failure it stays where it was.
 */
export function deliverRecoveryCode(
  context: RecoveryContext,
  step: FlowStep<RecoveryView>,
  prepared: PreparedCodeSend,
): Promise<Result<RecoveryView>> {
  return sendPreparedCode(context, step, prepared, {
    text: codeSmsText(context, 'recovery-code', prepared),
    auditName: 'recovery',
  });
}

/** A notice after the fact (identifier, password changed): what to send, to whom. */
export interface RecoveryNotice {
  flowId: string;
  phoneE164: string;
  purpose: 'identifier-reminder' | 'password-reset-notice';
  text: string;
}

/**
 * Sends a notice within the number's and the kiosk's S-RATE-2 budgets (a recovery never sends
 * more than activation could); over budget it is skipped and audited. Never fails the step: the
 * screen already shows what the notice says, or the change is already made.
 */
export async function sendRecoveryNotice(
  context: RecoveryContext,
  notice: RecoveryNotice,
): Promise<void> {
  const smsId = inTransaction(context.db, () => {
    const now = context.clock.now();
    const refusal = unsafeSmsRefusal(context);
    if (refusal !== null) {
      auditStep(context, now, 'recovery.notice-skipped', notice.flowId, null, {
        purpose: notice.purpose,
        reason: refusal,
      });
      return null;
    }
    if (context.smsRateLimiter.noticeRetryAfterSeconds(notice.phoneE164, now) > 0) {
      auditStep(context, now, 'recovery.notice-skipped', notice.flowId, null, {
        purpose: notice.purpose,
        reason: 'sms-rate-limited',
      });
      return null;
    }
    const id = randomUUID();
    context.smsLog.insertPending({
      id,
      at: now,
      flowId: notice.flowId,
      purpose: notice.purpose,
      phoneE164: notice.phoneE164,
      provider: context.smsGateway.provider,
    });
    return id;
  });
  if (!smsId) return;
  try {
    const receipt = await context.smsGateway.send({
      to: notice.phoneE164,
      text: notice.text,
      clientId: smsId,
    });
    inTransaction(context.db, () => {
      context.smsLog.markAccepted(smsId, receipt.providerMessageId, receipt.provider);
      auditStep(context, context.clock.now(), 'recovery.notice-sent', notice.flowId, null, {
        purpose: notice.purpose,
        smsId,
      });
    });
  } catch (error) {
    recordUnsent(context, notice.flowId, smsId, error, 'recovery.sms-failed');
  }
}
