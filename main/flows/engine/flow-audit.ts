import type { Journal } from '../../journal/journal';
import type { FlowKind } from './flow-repository';

/** Audit actions are 'activation.…' or 'recovery.…' (the details say which recovery). */
export const auditPrefixOf = (kind: FlowKind): 'activation' | 'recovery' =>
  kind === 'activation' ? 'activation' : 'recovery';

/** An audit entry for a step: never a secret, a name or a number (actor: the kiosk). */
export function auditStep(
  context: { journal: Journal },
  now: Date,
  action: string,
  flowId: string,
  guardianId: number | null = null,
  details: Record<string, unknown> = {},
): void {
  context.journal.audit(now, 'kiosk', action, guardianId, { flowId, ...details });
}
