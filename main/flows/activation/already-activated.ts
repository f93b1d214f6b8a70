import { auditStep } from '../engine/flow-audit';
import type { FlowMove } from '../engine/flow-machine';
import { guardianIdsOf, PERSONAL_COLUMNS_CLEARED, type FlowRow } from '../engine/flow-repository';
import type { ActivationContext } from './activation-context';

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
  move: FlowMove,
): FlowRow | null {
  const guardianIds = guardianIdsOf(flow);
  const accountId = context.roster.findLinkedAccount(guardianIds);
  if (!accountId) return null;
  const ended = move.to('already-activated', {
    ...PERSONAL_COLUMNS_CLEARED,
    account_id: accountId,
  });
  auditStep(context, now, 'activation.already-activated', flow.id, guardianIds[0] ?? null);
  return ended;
}
