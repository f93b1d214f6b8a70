// The parts of a flow's life every flow shares, outside its transition table: opening one for
// the kiosk session (the session's other flows end) and ending one ("Abandonner", a new start,
// an idle reset). Each flow passes its own audit action, so the journal still tells which flow.
import { randomUUID } from 'node:crypto';
import { fail, ok, type Result } from '../../../shared/result';
import { inTransaction } from '../../database/in-transaction';
import type { CallContext } from '../../ipc/ipc-handlers';
import { addSeconds } from '../../platform/clock';
import { auditPrefixOf, auditStep } from './flow-audit';
import type { FlowEngineContext } from './flow-engine-context';
import { findOwnFlow } from './flow-guard';
import { isClosedState, type FlowKind, type FlowRow } from './flow-repository';

/** Ends every open flow of a session (a new start, an idle reset, "Abandonner"). */
export function abandonSessionFlows(
  context: FlowEngineContext,
  sessionId: string,
  now: Date,
): void {
  for (const flowId of context.flows.openFlowIdsOfSession(sessionId)) {
    const ended = context.flows.end(flowId, now, 'abandoned');
    auditStep(context, now, `${auditPrefixOf(ended.kind)}.abandoned`, flowId);
  }
}

/** A new flow for this kiosk session, at the identity form; the session's open flows end. */
export function openFlow(
  context: FlowEngineContext,
  call: CallContext,
  now: Date,
  kind: FlowKind,
): FlowRow {
  abandonSessionFlows(context, call.sessionId, now);
  return context.flows.create(
    randomUUID(),
    call.sessionId,
    now,
    addSeconds(now, context.settings.flowTtlSeconds),
    kind,
  );
}

/**
 * "Abandonner": ends the flow if it is still open (a closed one stays as it ended). Only a flow
 * of this kiosk session, and of one of `kinds` when given, is found.
 */
export function abandonFlow(
  context: FlowEngineContext,
  call: CallContext,
  flowId: string,
  auditAction: string,
  kinds?: readonly FlowKind[],
): Result<{ abandoned: true }> {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const flow = findOwnFlow(context, call.sessionId, flowId, kinds);
    if (!flow) return fail('FLOW_NOT_FOUND', 'No such flow in this kiosk session');
    if (!isClosedState(flow.state)) {
      context.flows.end(flow.id, now, 'abandoned');
      auditStep(context, now, auditAction, flow.id);
    }
    return ok({ abandoned: true as const });
  });
}
