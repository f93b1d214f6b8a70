import type { PushContext } from '../sync/push-context';
import type { SyncedChange, SyncedChangeType } from '../../shared/sync/sync-protocol';

/**
 * The pushed change, narrowed to the type its handler is registered for. A mismatch is a wiring
 * bug in PUSHED_EVENT_HANDLERS, never bad input: it throws, and the batch rolls back.
 */
export function pushedChange<T extends SyncedChangeType>(
  context: PushContext,
  type: T,
): Extract<SyncedChange, { type: T }> {
  const { change } = context.event;
  if (change.type !== type) {
    throw new Error(`Handler for ${type} was given a ${change.type} change`);
  }
  return change as Extract<SyncedChange, { type: T }>;
}
