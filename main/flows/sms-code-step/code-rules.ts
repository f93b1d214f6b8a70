// The SMS code rules the activation and the recovery share (S-OTP-2/3/5, the resend cooldown):
// one copy, so both flows end, count and refuse a code the same way. Each flow passes its own
// name, which prefixes the audit actions ('activation.code-wrong', 'recovery.code-wrong', …).
import { randomBytes } from 'node:crypto';
import { fail, ok, type KioskError, type Result } from '../../../shared/result';
import { auditStep, type ActivationContext } from '../activation/activation-context';
import { refuseUnsafeSms } from './code-sender';
import type { FlowChild } from '../identity-checks/flow-children';
import { guardianIdsOf, type FlowRow } from '../engine/flow-repository';
import { BIRTH_DATE_TRIES, MAX_CODE_FAILURES, secondsUntil } from '../../policy/security-limits';

/** Which flow a step belongs to: the first part of its audit actions. */
export type FlowAuditName = 'activation' | 'recovery';

type Failure = { ok: false; error: KioskError };

export const codeExpired = (flow: FlowRow, now: Date): boolean =>
  !flow.code_expires_at || now >= new Date(flow.code_expires_at);

/** S-OTP-2: an expired code ends the flow; the person starts again from the form. */
export function endExpiredCode(
  context: ActivationContext,
  flow: FlowRow,
  now: Date,
  name: FlowAuditName,
): Failure {
  context.flows.end(flow.id, now, 'expired');
  auditStep(context, now, `${name}.code-expired`, flow.id);
  return fail('CODE_EXPIRED', 'The code has expired: start again');
}

/**
 * "Renvoyer le code", before any limit of the number: the code must still be valid (else the
 * flow ends, S-OTP-2), the cooldown over, and a real SMS gateway configured.
 */
export function checkResendAllowed(
  context: ActivationContext,
  flow: FlowRow,
  now: Date,
  name: FlowAuditName,
): Result<true> {
  if (codeExpired(flow, now)) return endExpiredCode(context, flow, now, name);
  const sentAt = new Date(flow.code_sent_at ?? flow.updated_at);
  const availableAt = new Date(sentAt.getTime() + context.settings.resendCooldownSeconds * 1000);
  if (now < availableAt) {
    return fail('SMS_RESEND_COOLDOWN', 'Resend asked before the cooldown ended', {
      retryAfterSeconds: secondsUntil(now, availableAt),
    });
  }
  const refused = refuseUnsafeSms(context, flow.id, now, name);
  if (refused) return refused;
  auditStep(context, now, `${name}.code-resend-requested`, flow.id);
  return ok(true);
}

/**
 * A wrong code: counted on the flow (S-OTP-5 ends it at MAX_CODE_FAILURES) and on its
 * guardians' failed secrets (a lock ends it too).
 */
export function recordWrongCode(
  context: ActivationContext,
  flow: FlowRow,
  now: Date,
  name: FlowAuditName,
): Failure {
  const failures = flow.code_failures + 1;
  context.flows.update(flow.id, now, { code_failures: failures });
  const locked = context.secretFailures.recordFailure(guardianIdsOf(flow), now);
  auditStep(context, now, `${name}.code-wrong`, flow.id, null, { failures });
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

/**
 * A right code: S-OTP-3, the one call whose UPDATE changes the row consumes it; the guardians'
 * failed-secret counts start again. Gives the flow's guardian ids.
 */
export function consumeRightCode(
  context: ActivationContext,
  flow: FlowRow,
  now: Date,
): Result<number[]> {
  if (!context.flows.consumeCode(flow.id, now)) {
    return fail('FLOW_WRONG_STEP', 'The code was already used');
  }
  const guardianIds = guardianIdsOf(flow);
  context.secretFailures.recordSuccess(guardianIds);
  return ok(guardianIds);
}

/** A child to ask about in a flow, by an opaque per-flow key (never a roster id). */
export function newFlowChild(student: {
  id: number;
  first_name: string;
  class_name: string | null;
}): FlowChild {
  return {
    childKey: randomBytes(16).toString('base64url'),
    studentId: student.id,
    firstName: student.first_name,
    className: student.class_name,
    status: 'pending',
    remainingAttempts: BIRTH_DATE_TRIES,
  };
}
