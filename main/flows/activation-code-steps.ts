import { randomBytes } from 'node:crypto';
import type { ActivationView } from '../../shared/activation-view';
import type { RequestOf } from '../../shared/ipc-contract';
import { fail, ok, type KioskError, type Result } from '../../shared/result';
import type { CallContext } from '../ipc/ipc-handlers';
import { auditStep, type ActivationContext } from './activation-context';
import {
  checkSmsLimits,
  deliverCode,
  logPendingCode,
  smsNotConfigured,
} from './activation-code-sender';
import { markAlreadyActivated } from './already-activated';
import type { FlowChild } from './flow-children';
import { guardianIdsOf, type FlowRow } from './flow-repository';
import { BIRTH_DATE_TRIES, MAX_CODE_FAILURES, secondsUntil } from './flow-limits';
import { runFlowStep, viewOf } from './flow-step';
import { normaliseTypedCode, otpCodeMatches } from './otp-code';

const codeExpired = (flow: FlowRow, now: Date): boolean =>
  !flow.code_expires_at || now >= new Date(flow.code_expires_at);

/** S-OTP-2: an expired code ends the flow; the person starts again from the identity form. */
function endExpired(
  context: ActivationContext,
  flow: FlowRow,
  now: Date,
): { ok: false; error: KioskError } {
  context.flows.end(flow.id, now, 'expired');
  auditStep(context, now, 'activation.code-expired', flow.id);
  return fail('CODE_EXPIRED', 'The code has expired: start again');
}

/** "Renvoyer le code": same limits as the first send; the failure count is kept (S-OTP-5). */
export async function resendCode(
  context: ActivationContext,
  call: CallContext,
  request: RequestOf<'activation.resendCode'>,
): Promise<Result<ActivationView>> {
  const prepared = runFlowStep(context, call, request.flowId, ['code'], (flow, now) => {
    // S-OTP-2: after expiry the person restarts from the identity form, no new code.
    if (codeExpired(flow, now)) return endExpired(context, flow, now);
    const sentAt = new Date(flow.code_sent_at ?? flow.updated_at);
    const availableAt = new Date(sentAt.getTime() + context.settings.resendCooldownSeconds * 1000);
    if (now < availableAt) {
      return fail('SMS_RESEND_COOLDOWN', 'Resend asked before the cooldown ended', {
        retryAfterSeconds: secondsUntil(now, availableAt),
      });
    }
    if (smsNotConfigured(context)) {
      return fail('SMS_NOT_CONFIGURED', 'The demo SMS phone is refused outside demo mode');
    }
    auditStep(context, now, 'activation.code-resend-requested', flow.id);
    const allowed = checkSmsLimits(context, flow.id, flow.phone_e164 ?? '', now);
    if (!allowed.ok) return allowed;
    return ok(logPendingCode(context, flow, now));
  });
  if (!prepared.ok) return prepared;
  return deliverCode(context, request.flowId, 'code', prepared.value);
}

/** Every enrolled student any of the flow's guardians is legal guardian of, once each. */
function childrenOfGuardians(context: ActivationContext, guardianIds: number[]): FlowChild[] {
  return context.roster.childrenOf(guardianIds).map((row) => ({
    childKey: randomBytes(16).toString('base64url'), // opaque, per flow: never a roster id
    studentId: row.id,
    firstName: row.first_name,
    className: row.class_name,
    status: 'pending',
    remainingAttempts: BIRTH_DATE_TRIES,
  }));
}

function recordWrongCode(
  context: ActivationContext,
  flow: FlowRow,
  now: Date,
): Result<ActivationView> {
  const failures = flow.code_failures + 1;
  context.flows.update(flow.id, now, { code_failures: failures });
  const locked = context.secretFailures.recordFailure(guardianIdsOf(flow), now);
  auditStep(context, now, 'activation.code-wrong', flow.id, null, { failures });
  if (failures >= MAX_CODE_FAILURES) {
    context.flows.end(flow.id, now, 'too-many-codes');
    return fail('CODE_TOO_MANY_ATTEMPTS', 'Too many wrong codes: the flow has ended');
  }
  if (locked) {
    context.flows.end(flow.id, now, 'guardian-locked');
    return fail('GUARDIAN_LOCKED', 'This guardian is locked after too many failed secrets');
  }
  return fail('CODE_INVALID', 'Wrong code', { remainingAttempts: MAX_CODE_FAILURES - failures });
}

function acceptCode(context: ActivationContext, flow: FlowRow, now: Date): Result<ActivationView> {
  // S-OTP-3: the one call whose UPDATE changes the row consumes the code.
  if (!context.flows.consumeCode(flow.id, now)) {
    return fail('FLOW_WRONG_STEP', 'The code was already used');
  }
  const guardianIds = guardianIdsOf(flow);
  context.secretFailures.recordSuccess(guardianIds);
  const alreadyActivated = markAlreadyActivated(context, flow, now);
  if (alreadyActivated) return ok(alreadyActivated);
  const updated = context.flows.update(flow.id, now, {
    state: 'children',
    code_hmac: null,
    children: JSON.stringify(childrenOfGuardians(context, guardianIds)),
  });
  auditStep(context, now, 'activation.code-accepted', flow.id, guardianIds[0] ?? null);
  return ok(viewOf(context, updated));
}

export function submitCode(
  context: ActivationContext,
  call: CallContext,
  request: RequestOf<'activation.submitCode'>,
): Result<ActivationView> {
  return runFlowStep(context, call, request.flowId, ['code'], (flow, now) => {
    const code = normaliseTypedCode(request.code);
    if (!code) return fail('CODE_FORMAT', 'The code is not six digits');
    if (!flow.code_hmac || codeExpired(flow, now)) return endExpired(context, flow, now);
    return otpCodeMatches(context.codeHmacKey, flow.id, code, flow.code_hmac)
      ? acceptCode(context, flow, now)
      : recordWrongCode(context, flow, now);
  });
}
