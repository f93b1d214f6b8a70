// The SMS code rules the activation and the recovery share (S-OTP-2/3/5, the resend cooldown):
// one copy, so both flows end, count and refuse a code the same way. Each flow passes its own
// name, which prefixes the audit actions ('activation.code-wrong', 'recovery.code-wrong', …).
import { fail, ok, type KioskError, type Result } from '../../../shared/result';
import { resendAvailableAt } from '../../policy/code-timing';
import { MAX_CODE_FAILURES, secondsUntil } from '../../policy/security-limits';
import { auditStep } from '../engine/flow-audit';
import type { FlowMove } from '../engine/flow-machine';
import { guardianIdsOf, type FlowRow } from '../engine/flow-repository';
import { refuseUnsafeSms } from './code-sender';
import { codeSentAt } from './code-view';
import { normaliseTypedCode, otpCodeMatches } from './otp-code';
import type { FlowAuditName, SmsCodeContext } from './sms-code-context';

type Failure = { ok: false; error: KioskError };

const codeExpired = (flow: FlowRow, now: Date): boolean =>
  !flow.code_expires_at || now >= new Date(flow.code_expires_at);

/** S-OTP-2: an expired code ends the flow; the person starts again from the form. */
function endExpiredCode(
  context: SmsCodeContext,
  flow: FlowRow,
  now: Date,
  move: FlowMove,
  name: FlowAuditName,
): Failure {
  move.end('expired');
  auditStep(context, now, `${name}.code-expired`, flow.id);
  return fail('CODE_EXPIRED', 'The code has expired: start again');
}

/**
 * "Renvoyer le code", before any limit of the number: the code must still be valid (else the
 * flow ends, S-OTP-2), the cooldown over, and a real SMS gateway configured.
 */
export function checkResendAllowed(
  context: SmsCodeContext,
  flow: FlowRow,
  now: Date,
  move: FlowMove,
  name: FlowAuditName,
): Result<true> {
  if (codeExpired(flow, now)) return endExpiredCode(context, flow, now, move, name);
  const availableAt = resendAvailableAt(codeSentAt(flow), context.settings);
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
function recordWrongCode(
  context: SmsCodeContext,
  flow: FlowRow,
  now: Date,
  move: FlowMove,
  name: FlowAuditName,
): Failure {
  const failures = flow.code_failures + 1;
  context.flows.update(flow.id, now, { code_failures: failures });
  const locked = context.secretFailures.recordFailure(guardianIdsOf(flow), now);
  auditStep(context, now, `${name}.code-wrong`, flow.id, null, { failures });
  if (failures >= MAX_CODE_FAILURES) {
    move.end('too-many-codes');
    return fail('CODE_TOO_MANY_ATTEMPTS', 'Too many wrong codes: the flow has ended');
  }
  if (locked) {
    move.end('guardian-locked');
    return fail('GUARDIAN_LOCKED', 'This guardian is locked after too many failed secrets');
  }
  return fail('CODE_INVALID', 'Wrong code', { remainingAttempts: MAX_CODE_FAILURES - failures });
}

/**
 * A right code: S-OTP-3, the one call whose UPDATE changes the row consumes it; the guardians'
 * failed-secret counts start again. Gives the flow's guardian ids.
 */
function consumeRightCode(context: SmsCodeContext, flow: FlowRow, now: Date): Result<number[]> {
  if (!context.flows.consumeCode(flow.id, now)) {
    return fail('FLOW_WRONG_STEP', 'The code was already used');
  }
  const guardianIds = guardianIdsOf(flow);
  context.secretFailures.recordSuccess(guardianIds);
  return ok(guardianIds);
}

/**
 * A typed code, checked the same way in both flows: not six digits is CODE_FORMAT (not counted);
 * an expired code ends the flow (S-OTP-2); a wrong one is counted (S-OTP-5), and a flow whose
 * code was withheld (S-ENUM-4: no hash) takes every code as wrong; the right one is consumed
 * once (S-OTP-3). Gives the flow's guardian ids.
 */
export function checkTypedCode(
  context: SmsCodeContext,
  flow: FlowRow,
  typed: string,
  now: Date,
  move: FlowMove,
  name: FlowAuditName,
): Result<number[]> {
  const code = normaliseTypedCode(typed);
  if (!code) return fail('CODE_FORMAT', 'The code is not six digits');
  if (codeExpired(flow, now)) return endExpiredCode(context, flow, now, move, name);
  const matches =
    flow.code_hmac !== null && otpCodeMatches(context.codeHmacKey, flow.id, code, flow.code_hmac);
  if (!matches) return recordWrongCode(context, flow, now, move, name);
  return consumeRightCode(context, flow, now);
}
