import { fail, type KioskError } from '../../../shared/result';
import { auditPrefixOf, auditStep } from './flow-audit';
import type { FlowEngineContext } from './flow-engine-context';
import { guardianIdsOf, type FlowKind, type FlowRow, type FlowState } from './flow-repository';

/**
 * A refusal of the guard; `flow` is the caller's own flow as it now is, when there is one (so
 * a refusal that ended it can carry its ended view).
 */
export type Guarded =
  { ok: true; flow: FlowRow } | { ok: false; error: KioskError; flow?: FlowRow };

/** The caller's flow (of one of `kinds` when given): another session's, or another kind's, is none. */
export function findOwnFlow(
  context: FlowEngineContext,
  sessionId: string,
  flowId: string,
  kinds?: readonly FlowKind[],
): FlowRow | undefined {
  const flow = context.flows.find(flowId);
  const ofKind = !kinds || (flow !== undefined && kinds.includes(flow.kind));
  return flow && flow.session_id === sessionId && ofKind ? flow : undefined;
}

/**
 * The check in front of every step: the flow exists and belongs to this kiosk session (else
 * FLOW_NOT_FOUND, saying nothing about other sessions' flows), is not ended, has not timed
 * out, and is at a state whose row in the transition table takes this event (`allowed`), and its
 * guardian was not locked meanwhile (S-RATE-1: another session's failures may lock them while
 * this flow waits at a step). A flow of another kind (a recovery id sent to an activation
 * channel) is FLOW_NOT_FOUND too. Call inside the step's transaction: an expired flow, or a
 * locked guardian's, is ended on the spot.
 */
export function guardFlow(
  context: FlowEngineContext,
  sessionId: string,
  flowId: string,
  allowed: readonly FlowState[],
  now: Date,
  kinds: readonly FlowKind[],
): Guarded {
  const flow = findOwnFlow(context, sessionId, flowId, kinds);
  if (!flow) return fail('FLOW_NOT_FOUND', 'No such flow in this kiosk session');
  if (flow.state === 'ended') {
    const reason = flow.ended_reason ?? 'abandoned';
    return { ...fail('FLOW_ENDED', 'The flow has ended', { reason }), flow };
  }
  const finished = flow.state === 'done' || flow.state === 'already-activated';
  if (!finished && now >= new Date(flow.expires_at)) {
    const ended = context.flows.end(flow.id, now, 'flow-expired');
    auditStep(context, now, `${auditPrefixOf(flow.kind)}.expired`, flow.id);
    return { ...fail('FLOW_EXPIRED', 'The flow timed out'), flow: ended };
  }
  if (!allowed.includes(flow.state)) {
    return { ...fail('FLOW_WRONG_STEP', `The flow is at step ${flow.state}`), flow };
  }
  const guardianIds = guardianIdsOf(flow);
  if (!finished && guardianIds.length > 0 && context.secretFailures.anyLocked(guardianIds)) {
    const ended = context.flows.end(flow.id, now, 'guardian-locked');
    auditStep(context, now, `${auditPrefixOf(flow.kind)}.guardian-locked`, flow.id);
    return {
      ...fail('GUARDIAN_LOCKED', 'This guardian is locked after too many failed secrets'),
      flow: ended,
    };
  }
  return { ok: true, flow };
}
