import type { ActivationView } from '../../../shared/activation-view';
import type { RequestOf } from '../../../shared/ipc-contract';
import { fail, ok, type KioskError, type Result } from '../../../shared/result';
import { inTransaction } from '../../database/in-transaction';
import type { CallContext } from '../../ipc/ipc-handlers';
import { auditStep } from '../engine/flow-audit';
import { abandonFlow, openFlow } from '../engine/flow-lifecycle';
import type { FlowMove, FlowStep } from '../engine/flow-machine';
import type { FlowRow } from '../engine/flow-repository';
import { withResponseFloor } from '../identity-checks/response-floor';
import { readNameAndMobile } from '../identity-checks/typed-identity';
import {
  checkSmsLimits,
  logPendingCode,
  refuseUnsafeSms,
  type PreparedCodeSend,
} from '../sms-code-step/code-sender';
import type { ActivationContext } from './activation-context';
import { deliverActivationCode } from './activation-code-steps';
import { buildActivationView } from './activation-view-builder';
import { IDENTITY_MISMATCH_ACTION } from './identity-cooldown';

type Step = FlowStep<ActivationView>;

export function startActivation(
  context: ActivationContext,
  call: CallContext,
): Result<ActivationView> {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const flow = openFlow(context, call, now, 'activation');
    auditStep(context, now, 'activation.started', flow.id);
    return ok(buildActivationView(context, flow));
  });
}

/** Format checks only (IDENTITY_INVALID names the field); says nothing about the roster. */
export function submitIdentity(
  context: ActivationContext,
  step: Step,
  request: RequestOf<'activation.submitIdentity'>,
): Result<ActivationView> {
  return step.run((flow, now, move) => {
    const typed = readNameAndMobile(request);
    if (!typed.ok) return typed;
    const updated = move.to('confirm-send', {
      typed_last_name: typed.value.lastName,
      typed_first_name: typed.value.firstName,
      phone_e164: typed.value.phoneE164,
    });
    auditStep(context, now, 'activation.identity-submitted', flow.id);
    return ok(step.view(updated));
  });
}

/** "Retour" from the confirmation: the identity form again, what was typed kept. */
export function backToIdentity(context: ActivationContext, step: Step): Result<ActivationView> {
  return step.run((flow, now, move) => {
    const updated = move.to('identity');
    auditStep(context, now, 'activation.back', flow.id);
    return ok(step.view(updated));
  });
}

/**
 * A failed identity check: no roster match, or a match on a locked guardian. S-ENUM-1: both
 * take this one path (same answer, flow back to the form, counted by S-RATE-3); only the audit
 * entry says which it was. Timing is evened by the response floor of confirmSend, which covers
 * the SMS send of a match too; a few microseconds of hashing here would change nothing.
 */
function identityMismatch(
  context: ActivationContext,
  flow: FlowRow,
  now: Date,
  move: FlowMove,
  reason: 'no-match' | 'ambiguous' | 'guardian-locked',
  guardianId: number | null,
): { ok: false; error: KioskError } {
  context.identityCooldown.recordFailure(now);
  move.to('identity', { typed_last_name: null, typed_first_name: null, phone_e164: null });
  // Also the kiosk-wide S-RATE-3 count: exactly one such entry per failure.
  auditStep(context, now, IDENTITY_MISMATCH_ACTION, flow.id, guardianId, { reason });
  return fail('IDENTITY_MISMATCH', 'The identity does not match the roster');
}

/** The synchronous part of "Valider": cooldown, SMS limits, roster match, pending SMS. */
function checkIdentityAndPrepareSend(
  context: ActivationContext,
  flow: FlowRow,
  now: Date,
  move: FlowMove,
): Result<PreparedCodeSend> {
  const retryAfterSeconds = context.identityCooldown.retryAfterSeconds(now);
  if (retryAfterSeconds > 0) {
    auditStep(context, now, 'activation.identity-cooldown', flow.id);
    return fail('IDENTITY_COOLDOWN', 'Too many failed identity checks on this kiosk', {
      retryAfterSeconds,
    });
  }
  const phoneE164 = flow.phone_e164 ?? '';
  // S-RATE-2 before the roster (S-ENUM-1), and only here: the kiosk ceiling and the per-phone
  // limits apply to the typed number whether or not anyone in the roster has it, so
  // SMS_RATE_LIMITED says nothing about who exists. What it does reveal is only that this
  // number received SMS from this kiosk recently, which the limits need to tell anyway.
  const allowed = checkSmsLimits(context, flow.id, phoneE164, now, 'activation');
  if (!allowed.ok) return allowed;
  const matched = context.matchIdentity({
    lastName: flow.typed_last_name ?? '',
    firstName: flow.typed_first_name ?? '',
    phoneE164,
  });
  // The same answer (S-ENUM-1); the audit tells the secretariat a shared phone needs a look.
  if (matched.kind === 'none') {
    return identityMismatch(context, flow, now, move, 'no-match', null);
  }
  if (matched.kind === 'ambiguous') {
    return identityMismatch(context, flow, now, move, 'ambiguous', null);
  }
  const guardianIds = matched.guardians.map((g) => g.id);
  const firstGuardian = guardianIds[0] ?? null;
  if (matched.guardians.some((g) => g.lockedAt !== null)) {
    return identityMismatch(context, flow, now, move, 'guardian-locked', firstGuardian);
  }
  const withGuardians = context.flows.update(flow.id, now, {
    guardian_ids: JSON.stringify(guardianIds),
  });
  auditStep(context, now, 'activation.identity-matched', flow.id, firstGuardian, {
    guardianIds,
  });
  return ok(logPendingCode(context, withGuardians, now, 'activation-code'));
}

/** "Valider": check the identity against the roster and send the code. */
export function confirmSend(
  context: ActivationContext,
  step: Step,
): Promise<Result<ActivationView>> {
  return withResponseFloor(context.settings.identityResponseFloorMs, context.sleep, async () => {
    const prepared = step.run((flow, now, move) => {
      // Checked before the roster, so a misconfigured kiosk reveals nothing about who exists.
      return (
        refuseUnsafeSms(context, flow.id, now, 'activation') ??
        checkIdentityAndPrepareSend(context, flow, now, move)
      );
    });
    if (!prepared.ok) return prepared;
    return deliverActivationCode(context, step, prepared.value);
  });
}

export function abandonActivation(
  context: ActivationContext,
  call: CallContext,
  request: RequestOf<'activation.abandon'>,
): Result<{ abandoned: true }> {
  return abandonFlow(context, call, request.flowId, 'activation.abandoned');
}
