import type { ActivationView } from '../../../shared/activation-view';
import { auditStep, type ActivationContext } from './activation-context';
import { guardianIdsOf, PERSONAL_COLUMNS_CLEARED, type FlowRow } from '../engine/flow-repository';
import { viewOf } from '../engine/flow-machine';

/**
 * The one "already activated" transition: when one of the flow's guardian rows is already
 * linked to an account (lowest row id first, so every step shows the same account), the flow
 * forgets what it holds, shows that account and stops. Null when no account is linked.
 * Used when the code is accepted and again just before an account is created (another session
 * of the same guardian may have finished meanwhile).
 */
export function markAlreadyActivated(
  context: ActivationContext,
  flow: FlowRow,
  now: Date,
): ActivationView | null {
  const guardianIds = guardianIdsOf(flow);
  const accountId = context.roster.findLinkedAccount(guardianIds);
  if (!accountId) return null;
  const ended = context.flows.update(flow.id, now, {
    ...PERSONAL_COLUMNS_CLEARED,
    state: 'already-activated',
    account_id: accountId,
  });
  auditStep(context, now, 'activation.already-activated', flow.id, guardianIds[0] ?? null);
  return viewOf(context, ended);
}
