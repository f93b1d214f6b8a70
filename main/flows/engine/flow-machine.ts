import type { ActivationView } from '../../../shared/activation-view';
import type { Result } from '../../../shared/result';
import { inTransaction } from '../../database/in-transaction';
import type { CallContext } from '../../ipc/ipc-handlers';
import { auditStep, type ActivationContext } from '../activation/activation-context';
import { buildActivationView } from '../activation/activation-view-builder';
import { auditPrefixOf, guardFlow } from './flow-guard';
import type { FlowKind, FlowRow, FlowState } from './flow-repository';

/**
 * The opening every step shares: one transaction, the clock read once, the guard (the flow is
 * this session's, of this kind, alive, and at one of `allowed`); then `step` with the guarded flow. A guard
 * refusal is returned as is.
 */
export function runFlowStep<T>(
  context: ActivationContext,
  call: CallContext,
  flowId: string,
  allowed: readonly FlowState[],
  step: (flow: FlowRow, now: Date) => Result<T>,
  kinds: readonly FlowKind[] = ['activation'],
): Result<T> {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const guarded = guardFlow(context, call.sessionId, flowId, allowed, now, kinds);
    if (!guarded.ok) return guarded;
    return step(guarded.flow, now);
  });
}

/** The public view of a flow row a step just wrote (update() returns it: no second read). */
export const viewOf = (context: ActivationContext, flow: FlowRow): ActivationView =>
  buildActivationView(context, flow);

/** Re-reads a flow and returns its view (when the row in hand may be stale). */
export function currentView(context: ActivationContext, flowId: string): ActivationView {
  const flow = context.flows.find(flowId);
  if (!flow) throw new Error(`Flow ${flowId} vanished`);
  return buildActivationView(context, flow);
}

/** Ends every open flow of a session (a new start, an idle reset, "Abandonner"). */
export function abandonSessionFlows(
  context: ActivationContext,
  sessionId: string,
  now: Date,
): void {
  for (const flowId of context.flows.openFlowIdsOfSession(sessionId)) {
    const ended = context.flows.end(flowId, now, 'abandoned');
    auditStep(context, now, `${auditPrefixOf(ended.kind)}.abandoned`, flowId);
  }
}
