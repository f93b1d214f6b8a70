import { randomUUID } from 'node:crypto';
import type { PushContext } from '../sync/push-context';
import type { SyncedChange } from '../../shared/sync/sync-protocol';

type ConflictChange = Extract<SyncedChange, { type: 'conflict.recorded' }>;

/**
 * A decision of the hub that a person should look at: every kiosk of the school pulls it (the one
 * that pushed the losing or the winning side included) and shows it to the secretariat.
 */
export async function recordConflict(
  context: PushContext,
  conflict: Pick<ConflictChange, 'kind' | 'guardian' | 'detail'>,
): Promise<number> {
  return context.recordChange(
    { type: 'conflict.recorded', conflictId: randomUUID(), ...conflict },
    null,
  );
}
