// The parts of a flow's life the activation and the recovery share: opening one for the kiosk
// session (the session's other flows end), going back to the identity form, and "Abandonner".
// Each flow passes its own audit action, so the journal still tells which flow it was.
import { randomUUID } from 'node:crypto';
import { fail, ok, type Result } from '../../../shared/result';
import { inTransaction } from '../../database/in-transaction';
import type { CallContext } from '../../ipc/ipc-handlers';
import { addSeconds } from '../../platform/clock';
import { auditStep, type ActivationContext } from '../activation/activation-context';
import { isClosedState, type FlowKind, type FlowRow } from './flow-repository';
import { abandonSessionFlows } from './flow-machine';

/** A new flow for this kiosk session, at the identity form; the session's open flows end. */
export function openFlow(
  context: ActivationContext,
  call: CallContext,
  now: Date,
  kind?: FlowKind,
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

/** "Retour" from the confirmation: the identity form again, what was typed kept. */
export function returnToIdentity(
  context: ActivationContext,
  flow: FlowRow,
  now: Date,
  auditAction: string,
): FlowRow {
  const updated = context.flows.update(flow.id, now, { state: 'identity' });
  auditStep(context, now, auditAction, flow.id);
  return updated;
}

/**
 * "Abandonner": ends the flow if it is still open (a closed one stays as it ended). Only a flow
 * of this kiosk session, and of one of `kinds` when given, is found.
 */
export function abandonFlow(
  context: ActivationContext,
  call: CallContext,
  flowId: string,
  auditAction: string,
  kinds?: readonly FlowKind[],
): Result<{ abandoned: true }> {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const flow = context.flows.find(flowId);
    if (!flow || flow.session_id !== call.sessionId || (kinds && !kinds.includes(flow.kind))) {
      return fail('FLOW_NOT_FOUND', 'No such flow in this kiosk session');
    }
    if (!isClosedState(flow.state)) {
      context.flows.end(flow.id, now, 'abandoned');
      auditStep(context, now, auditAction, flow.id);
    }
    return ok({ abandoned: true as const });
  });
}
