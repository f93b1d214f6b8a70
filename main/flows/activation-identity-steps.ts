import { randomUUID } from 'node:crypto';
import type { ActivationView } from '../../shared/activation-view';
import type { RequestOf } from '../../shared/ipc-contract';
import { fail, ok, type KioskError, type Result } from '../../shared/result';
import type { CallContext } from '../ipc/ipc-handlers';
import { normalisePhone } from '../matching/normalise-phone';
import { addSeconds } from '../platform/clock';
import { auditStep, inTransaction, type ActivationContext } from './activation-context';
import { deliverCode, prepareCodeSend, smsNotConfigured } from './activation-code-sender';
import { buildActivationView } from './activation-view-builder';
import { guardFlow } from './flow-guard';
import type { FlowRow } from './flow-repository';
import { IDENTITY_MISMATCH_ACTION } from './identity-cooldown';
import { hashOtpCode } from './otp-code';
import { withResponseFloor } from './response-floor';

/** Re-reads a flow after a step changed it and returns its view. */
export function currentView(context: ActivationContext, flowId: string): ActivationView {
  const flow = context.flows.find(flowId);
  if (!flow) throw new Error(`Flow ${flowId} vanished`);
  return buildActivationView(context, flow);
}

/** Ends every open flow of a session (a new start, an idle reset, "Abandonner"). */
export function abandonSessionFlows(context: ActivationContext, sessionId: string, now: Date) {
  for (const flowId of context.flows.openFlowIdsOfSession(sessionId)) {
    context.flows.end(flowId, now, 'abandoned');
    auditStep(context, now, 'activation.abandoned', flowId);
  }
}

export function startActivation(
  context: ActivationContext,
  call: CallContext,
): Result<ActivationView> {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    abandonSessionFlows(context, call.sessionId, now);
    const flowId = randomUUID();
    context.flows.create(
      flowId,
      call.sessionId,
      now,
      addSeconds(now, context.settings.flowTtlSeconds),
    );
    auditStep(context, now, 'activation.started', flowId);
    return ok(currentView(context, flowId));
  });
}

/** Format checks only (IDENTITY_INVALID names the field); says nothing about the roster. */
export function submitIdentity(
  context: ActivationContext,
  call: CallContext,
  request: RequestOf<'activation.submitIdentity'>,
): Result<ActivationView> {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const guarded = guardFlow(context, call.sessionId, request.flowId, ['identity'], now);
    if (!guarded.ok) return guarded;
    const lastName = request.lastName.trim();
    const firstName = request.firstName.trim();
    if (lastName === '') return fail('IDENTITY_INVALID', 'Empty last name', { reason: 'lastName' });
    if (firstName === '') {
      return fail('IDENTITY_INVALID', 'Empty first name', { reason: 'firstName' });
    }
    const phoneE164 = normalisePhone(request.mobile);
    if (!phoneE164) return fail('IDENTITY_INVALID', 'Not a phone number', { reason: 'mobile' });
    context.flows.update(request.flowId, now, {
      state: 'confirm-send',
      typed_last_name: lastName,
      typed_first_name: firstName,
      phone_e164: phoneE164,
    });
    auditStep(context, now, 'activation.identity-submitted', request.flowId);
    return ok(currentView(context, request.flowId));
  });
}

export function backToIdentity(
  context: ActivationContext,
  call: CallContext,
  request: RequestOf<'activation.back'>,
): Result<ActivationView> {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const guarded = guardFlow(context, call.sessionId, request.flowId, ['confirm-send'], now);
    if (!guarded.ok) return guarded;
    context.flows.update(request.flowId, now, { state: 'identity' });
    auditStep(context, now, 'activation.back', request.flowId);
    return ok(currentView(context, request.flowId));
  });
}

/**
 * A failed identity check: no roster match, or a match on a locked guardian. S-ENUM-1: both
 * take this one path (same work, same answer, flow back to the form, counted by S-RATE-3);
 * only the audit entry says which it was.
 */
function identityMismatch(
  context: ActivationContext,
  flow: FlowRow,
  now: Date,
  reason: 'no-match' | 'guardian-locked',
  guardianId: number | null,
): { ok: false; error: KioskError } {
  // The hash a match would compute, so both paths do the same work.
  hashOtpCode(context.codeHmacKey, flow.id, '000000');
  context.identityCooldown.recordFailure(flow.session_id, now);
  context.flows.update(flow.id, now, {
    state: 'identity',
    typed_last_name: null,
    typed_first_name: null,
    phone_e164: null,
  });
  // Also the kiosk-wide S-RATE-3 count: exactly one such entry per failure.
  auditStep(context, now, IDENTITY_MISMATCH_ACTION, flow.id, guardianId, { reason });
  return fail('IDENTITY_MISMATCH', 'The identity does not match the roster');
}

/** The synchronous part of "Valider": cooldown, SMS limits, roster match, pending SMS. */
function checkIdentityAndPrepareSend(
  context: ActivationContext,
  flow: FlowRow,
  now: Date,
): ReturnType<typeof prepareCodeSend> {
  const retryAfterSeconds = context.identityCooldown.retryAfterSeconds(flow.session_id, now);
  if (retryAfterSeconds > 0) {
    auditStep(context, now, 'activation.identity-cooldown', flow.id);
    return fail('IDENTITY_COOLDOWN', 'Too many failed identity checks on this kiosk', {
      retryAfterSeconds,
    });
  }
  const phoneE164 = flow.phone_e164 ?? '';
  // S-RATE-2 before the roster (S-ENUM-1): the kiosk ceiling and the per-phone limits apply
  // to the typed number whether or not anyone in the roster has it, so SMS_RATE_LIMITED says
  // nothing about who exists. What it does reveal is only that this number received SMS from
  // this kiosk recently, which the limits need to tell anyway.
  const smsRetryAfterSeconds = context.smsRateLimiter.retryAfterSeconds(phoneE164, now);
  if (smsRetryAfterSeconds > 0) {
    auditStep(context, now, 'activation.sms-rate-limited', flow.id);
    return fail('SMS_RATE_LIMITED', 'SMS limit reached for this number or kiosk', {
      retryAfterSeconds: smsRetryAfterSeconds,
    });
  }
  const matched = context.matchIdentity({
    lastName: flow.typed_last_name ?? '',
    firstName: flow.typed_first_name ?? '',
    phoneE164,
  });
  if (matched.length === 0) return identityMismatch(context, flow, now, 'no-match', null);
  const guardianIds = matched.map((g) => g.id);
  const firstGuardian = guardianIds[0] ?? null;
  if (matched.some((g) => g.lockedAt !== null)) {
    return identityMismatch(context, flow, now, 'guardian-locked', firstGuardian);
  }
  context.flows.update(flow.id, now, { guardian_ids: JSON.stringify(guardianIds) });
  auditStep(context, now, 'activation.identity-matched', flow.id, firstGuardian, {
    guardianIds,
  });
  const flowWithGuardians = context.flows.find(flow.id) ?? flow;
  return prepareCodeSend(context, flowWithGuardians, now);
}

/** "Valider": check the identity against the roster and send the code. */
export function confirmSend(
  context: ActivationContext,
  call: CallContext,
  request: RequestOf<'activation.confirmSend'>,
): Promise<Result<ActivationView>> {
  return withResponseFloor(context.settings.identityResponseFloorMs, context.sleep, async () => {
    const prepared = inTransaction(context.db, () => {
      const now = context.clock.now();
      const guarded = guardFlow(context, call.sessionId, request.flowId, ['confirm-send'], now);
      if (!guarded.ok) return guarded;
      // Checked before the roster, so a misconfigured kiosk reveals nothing about who exists.
      if (smsNotConfigured(context)) {
        auditStep(context, now, 'activation.sms-not-configured', request.flowId);
        return fail('SMS_NOT_CONFIGURED', 'The demo SMS phone is refused outside demo mode');
      }
      return checkIdentityAndPrepareSend(context, guarded.flow, now);
    });
    if (!prepared.ok) return prepared;
    return deliverCode(context, request.flowId, 'confirm-send', prepared.value);
  });
}

export function abandonActivation(
  context: ActivationContext,
  call: CallContext,
  request: RequestOf<'activation.abandon'>,
): Result<{ abandoned: true }> {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const flow = context.flows.find(request.flowId);
    if (!flow || flow.session_id !== call.sessionId) {
      return fail('FLOW_NOT_FOUND', 'No such flow in this kiosk session');
    }
    if (flow.state !== 'ended' && flow.state !== 'done' && flow.state !== 'already-activated') {
      context.flows.end(flow.id, now, 'abandoned');
      auditStep(context, now, 'activation.abandoned', flow.id);
    }
    return ok({ abandoned: true as const });
  });
}
