import type { RequestOf } from '../../../shared/ipc-contract';
import type { RecoveryView } from '../../../shared/recovery-view';
import { fail, ok, type Result } from '../../../shared/result';
import { inTransaction } from '../../database/in-transaction';
import type { CallContext } from '../../ipc/ipc-handlers';
import { auditStep } from '../engine/flow-audit';
import { abandonFlow, openFlow } from '../engine/flow-lifecycle';
import type { FlowMove, FlowStep } from '../engine/flow-machine';
import type { FlowChanges, FlowRow } from '../engine/flow-repository';
import {
  logPendingCode,
  refuseUnsafeSms,
  type PreparedCodeSend,
} from '../sms-code-step/code-sender';
import {
  codePurposeOf,
  flowKindOf,
  RECOVERY_FLOW_KINDS,
  recoveryKindOf,
  type RecoveryContext,
} from './recovery-context';
import { deliverRecoveryCode, withholdCode } from './recovery-code-sender';
import {
  checkAccountNumberLimits,
  checkTypedLimits,
  identifierRateKey,
} from './recovery-sms-limits';
import { findRecoveryTarget } from './recovery-target';
import { buildRecoveryView } from './recovery-view-builder';
import { withResponseFloor } from '../identity-checks/response-floor';
import { readNameAndMobile } from '../identity-checks/typed-identity';

export function startRecovery(
  context: RecoveryContext,
  call: CallContext,
  request: RequestOf<'recovery.start'>,
): Result<RecoveryView> {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const flow = openFlow(context, call, now, flowKindOf(request.kind));
    auditStep(context, now, 'recovery.started', flow.id, null, { kind: request.kind });
    return ok(buildRecoveryView(context, flow));
  });
}

type Step = FlowStep<RecoveryView>;

const invalid = (reason: string, message: string) => fail('IDENTITY_INVALID', message, { reason });

/**
 * Format checks only (IDENTITY_INVALID names the field), nothing about accounts. "Mot de passe
 * perdu" takes the identifier alone, or nom + prénom + mobile; "Identifiant perdu" the latter.
 */
function readTypedIdentity(
  flow: FlowRow,
  request: RequestOf<'recovery.submitIdentity'>,
): { ok: true; changes: FlowChanges } | { ok: false; error: ReturnType<typeof invalid>['error'] } {
  // The identifier form sends `identifier` (and no names); the other form the three fields.
  if (flow.kind === 'password-recovery' && request.identifier !== undefined) {
    const identifier = request.identifier.trim();
    if (identifier === '') return invalid('identifier', 'Empty identifier');
    return {
      ok: true,
      changes: {
        typed_identifier: identifier,
        typed_last_name: null,
        typed_first_name: null,
        phone_e164: null,
      },
    };
  }
  const typed = readNameAndMobile(request);
  if (!typed.ok) return typed;
  return {
    ok: true,
    changes: {
      typed_identifier: null,
      typed_last_name: typed.value.lastName,
      typed_first_name: typed.value.firstName,
      phone_e164: typed.value.phoneE164,
    },
  };
}

export function submitRecoveryIdentity(
  context: RecoveryContext,
  step: Step,
  request: RequestOf<'recovery.submitIdentity'>,
): Result<RecoveryView> {
  return step.run((flow, now, move) => {
    const typed = readTypedIdentity(flow, request);
    if (!typed.ok) return typed;
    const updated = move.to('confirm-send', typed.changes);
    auditStep(context, now, 'recovery.identity-submitted', flow.id, null, {
      kind: recoveryKindOf(flow.kind),
      by: typed.changes.typed_identifier ? 'identifier' : 'name-and-mobile',
    });
    return ok(step.view(updated));
  });
}

/** "Retour" from the confirmation: the identity form again, what was typed kept. */
export function recoveryBack(context: RecoveryContext, step: Step): Result<RecoveryView> {
  return step.run((flow, now, move) => {
    const updated = move.to('identity');
    auditStep(context, now, 'recovery.back', flow.id);
    return ok(step.view(updated));
  });
}

/** What "Valider" decided inside its transaction: a code to send, or a view already final. */
type SendDecision = { send: PreparedCodeSend } | { view: RecoveryView };

function decideSend(
  context: RecoveryContext,
  step: Step,
  flow: FlowRow,
  now: Date,
  move: FlowMove,
): Result<SendDecision> {
  // Checked before any lookup, so a misconfigured kiosk reveals nothing about who exists.
  const refused = refuseUnsafeSms(context, flow.id, now, 'recovery');
  if (refused) return refused;
  // S-RATE-2 on what was typed before any lookup: the answer is the same for everyone.
  const allowed = checkTypedLimits(context, flow, now);
  if (!allowed.ok) return allowed;
  const withheld = (reason: string) =>
    ok({ view: step.view(withholdCode(context, flow, now, move, reason)) });
  const lookup = findRecoveryTarget(context, flow);
  if (!lookup.found) return withheld(lookup.reason);
  const { target } = lookup;
  // An identifier leads to a number the person did not type: over its budget, say so.
  if (flow.typed_identifier !== null) {
    const numberAllowed = checkAccountNumberLimits(context, flow.id, target.phoneE164, now);
    if (!numberAllowed.ok) return numberAllowed;
  }
  const bound = context.flows.update(flow.id, now, {
    guardian_ids: JSON.stringify(target.guardianIds),
    account_id: target.accountId,
    phone_e164: target.phoneE164,
  });
  auditStep(context, now, 'recovery.account-found', flow.id, target.guardianIds[0] ?? null, {
    accountId: target.accountId,
  });
  const rateKey = identifierRateKey(context, flow);
  return ok({ send: logPendingCode(context, bound, now, codePurposeOf(flow.kind), rateKey) });
}

/**
 * "Valider": the code goes to the account's holder, or (S-ENUM-4) nowhere, with the same answer
 * after the same time: the activation's response floor covers the SMS send.
 */
export function confirmRecoverySend(
  context: RecoveryContext,
  step: Step,
): Promise<Result<RecoveryView>> {
  return withResponseFloor(context.settings.identityResponseFloorMs, context.sleep, async () => {
    const decided = step.run((flow, now, move) => decideSend(context, step, flow, now, move));
    if (!decided.ok) return decided;
    if ('view' in decided.value) return ok(decided.value.view);
    return deliverRecoveryCode(context, step, decided.value.send);
  });
}

export function abandonRecovery(
  context: RecoveryContext,
  call: CallContext,
  request: RequestOf<'recovery.abandon'>,
): Result<{ abandoned: true }> {
  return abandonFlow(context, call, request.flowId, 'recovery.abandoned', RECOVERY_FLOW_KINDS);
}
