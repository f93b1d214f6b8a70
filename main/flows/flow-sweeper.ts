import { auditStep, inTransaction, type ActivationContext } from './activation-context';

/** How often the core looks for flows past their lifetime. */
export const FLOW_SWEEP_INTERVAL_MS = 60_000;

/**
 * Ends every open flow past its lifetime and clears what it holds (typed names, phone, code
 * hash, reserved identifier: S-DATA-2), even when nobody touches it again. Returns how many.
 */
export function sweepExpiredFlows(context: ActivationContext): number {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const flowIds = context.flows.expiredOpenFlowIds(now);
    for (const flowId of flowIds) {
      context.flows.end(flowId, now, 'expired');
      auditStep(context, now, 'activation.expired', flowId, null, { by: 'sweep' });
    }
    return flowIds.length;
  });
}
