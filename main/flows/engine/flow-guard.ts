import { fail, type KioskError } from '../../../shared/result';
import type { ActivationContext } from '../activation/activation-context';
import { auditStep } from '../activation/activation-context';
import { guardianIdsOf, type FlowKind, type FlowRow, type FlowState } from './flow-repository';

/** Audit actions are 'activation.…' or 'recovery.…' (the details say which recovery). */
export const auditPrefixOf = (kind: FlowKind): 'activation' | 'recovery' =>
  kind === 'activation' ? 'activation' : 'recovery';

export type Guarded = { ok: true; flow: FlowRow } | { ok: false; error: KioskError };

/**
 * The check in front of every step: the flow exists and belongs to this kiosk session (else
 * FLOW_NOT_FOUND, saying nothing about other sessions' flows), is not ended, has not timed
 * out, and is at a step that accepts this call, and its guardian was not locked meanwhile
 * (S-RATE-1: another session's failures may lock them while this flow waits at a step). A flow
 * of another kind (a recovery id sent to an activation channel) is FLOW_NOT_FOUND too. Call
 * inside the step's transaction: an expired flow, or a locked guardian's, is ended on the spot.
 */
export function guardFlow(
  context: ActivationContext,
  sessionId: string,
  flowId: string,
  allowed: readonly FlowState[],
  now: Date,
  kinds: readonly FlowKind[] = ['activation'],
): Guarded {
  const flow = context.flows.find(flowId);
  if (!flow || flow.session_id !== sessionId || !kinds.includes(flow.kind)) {
    return fail('FLOW_NOT_FOUND', 'No such flow in this kiosk session');
  }
  if (flow.state === 'ended') {
    return fail('FLOW_ENDED', 'The flow has ended', { reason: flow.ended_reason ?? 'abandoned' });
  }
  const finished = flow.state === 'done' || flow.state === 'already-activated';
  if (!finished && now >= new Date(flow.expires_at)) {
    context.flows.end(flow.id, now, 'flow-expired');
    auditStep(context, now, `${auditPrefixOf(flow.kind)}.expired`, flow.id);
    return fail('FLOW_EXPIRED', 'The flow timed out');
  }
  if (!allowed.includes(flow.state)) {
    return fail('FLOW_WRONG_STEP', `The flow is at step ${flow.state}`);
  }
  const guardianIds = guardianIdsOf(flow);
  if (!finished && guardianIds.length > 0 && context.secretFailures.anyLocked(guardianIds)) {
    context.flows.end(flow.id, now, 'guardian-locked');
    auditStep(context, now, `${auditPrefixOf(flow.kind)}.guardian-locked`, flow.id);
    return fail('GUARDIAN_LOCKED', 'This guardian is locked after too many failed secrets');
  }
  return { ok: true, flow };
}
