import { randomBytes } from 'node:crypto';
import type { ActivationView } from '../../shared/activation-view';
import type { RequestOf } from '../../shared/ipc-contract';
import { fail, ok, type KioskError, type Result } from '../../shared/result';
import type { CallContext } from '../ipc/ipc-handlers';
import { auditStep, inTransaction, type ActivationContext } from './activation-context';
import { deliverCode, prepareCodeSend, smsNotConfigured } from './activation-code-sender';
import { currentView } from './activation-identity-steps';
import type { FlowChild } from './flow-children';
import { guardFlow } from './flow-guard';
import { guardianIdsOf, PERSONAL_COLUMNS_CLEARED, type FlowRow } from './flow-repository';
import { BIRTH_DATE_TRIES, MAX_CODE_FAILURES, secondsUntil } from './flow-limits';
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
  const prepared = inTransaction(context.db, () => {
    const now = context.clock.now();
    const guarded = guardFlow(context, call.sessionId, request.flowId, ['code'], now);
    if (!guarded.ok) return guarded;
    // S-OTP-2: after expiry the person restarts from the identity form, no new code.
    if (codeExpired(guarded.flow, now)) return endExpired(context, guarded.flow, now);
    const sentAt = new Date(guarded.flow.code_sent_at ?? guarded.flow.updated_at);
    const availableAt = new Date(sentAt.getTime() + context.settings.resendCooldownSeconds * 1000);
    if (now < availableAt) {
      return fail('SMS_RESEND_COOLDOWN', 'Resend asked before the cooldown ended', {
        retryAfterSeconds: secondsUntil(now, availableAt),
      });
    }
    if (smsNotConfigured(context)) {
      return fail('SMS_NOT_CONFIGURED', 'The demo SMS phone is refused outside demo mode');
    }
    auditStep(context, now, 'activation.code-resend-requested', request.flowId);
    return prepareCodeSend(context, guarded.flow, now);
  });
  if (!prepared.ok) return prepared;
  return deliverCode(context, request.flowId, 'code', prepared.value);
}

/** Every enrolled student any of the flow's guardians is legal guardian of, once each. */
function childrenOfGuardians(context: ActivationContext, guardianIds: number[]): FlowChild[] {
  const rows = context.db
    .prepare(
      `SELECT DISTINCT s.id, s.first_name, s.class_name
         FROM guardian_students gs JOIN students s ON s.id = gs.student_id
        WHERE gs.guardian_id IN (SELECT value FROM json_each(?))
          AND gs.legal_level = 1 AND s.enrolled = 1
        ORDER BY s.first_name, s.id`,
    )
    .all(JSON.stringify(guardianIds)) as {
    id: number;
    first_name: string;
    class_name: string | null;
  }[];
  return rows.map((row) => ({
    childKey: randomBytes(16).toString('base64url'), // opaque, per flow: never a roster id
    studentId: row.id,
    firstName: row.first_name,
    className: row.class_name,
    status: 'pending',
    remainingAttempts: BIRTH_DATE_TRIES,
  }));
}

function existingAccountId(context: ActivationContext, guardianIds: number[]): string | null {
  const row = context.db
    .prepare(
      `SELECT account_id FROM guardians
        WHERE id IN (SELECT value FROM json_each(?)) AND account_id IS NOT NULL
        ORDER BY id LIMIT 1`,
    )
    .get(JSON.stringify(guardianIds)) as { account_id: string } | undefined;
  return row?.account_id ?? null;
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
  const accountId = existingAccountId(context, guardianIds);
  if (accountId) {
    context.flows.update(flow.id, now, {
      ...PERSONAL_COLUMNS_CLEARED,
      state: 'already-activated',
      account_id: accountId,
    });
    auditStep(context, now, 'activation.already-activated', flow.id, guardianIds[0] ?? null);
    return ok(currentView(context, flow.id));
  }
  context.flows.update(flow.id, now, {
    state: 'children',
    code_hmac: null,
    children: JSON.stringify(childrenOfGuardians(context, guardianIds)),
  });
  auditStep(context, now, 'activation.code-accepted', flow.id, guardianIds[0] ?? null);
  return ok(currentView(context, flow.id));
}

export function submitCode(
  context: ActivationContext,
  call: CallContext,
  request: RequestOf<'activation.submitCode'>,
): Result<ActivationView> {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const guarded = guardFlow(context, call.sessionId, request.flowId, ['code'], now);
    if (!guarded.ok) return guarded;
    const flow = guarded.flow;
    const code = normaliseTypedCode(request.code);
    if (!code) return fail('CODE_FORMAT', 'The code is not six digits');
    if (!flow.code_hmac || codeExpired(flow, now)) return endExpired(context, flow, now);
    return otpCodeMatches(context.codeHmacKey, flow.id, code, flow.code_hmac)
      ? acceptCode(context, flow, now)
      : recordWrongCode(context, flow, now);
  });
}
