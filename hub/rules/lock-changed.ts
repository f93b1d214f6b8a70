import type { PushedEventHandler } from '../sync/push-context';
import { guardianEntityKey } from '../sync/change-entity-key';
import { recordLatest } from './latest-in-hub-order';

/**
 * A lock and an unlock set the same state: the later in hub order wins, and each replaces the
 * earlier ones of either type in what pull serves. No conflict: either outcome is one a person at
 * the desk may undo at once.
 */
export const applyLockChanged: PushedEventHandler = async (context) => {
  const { change } = context.event;
  if (change.type !== 'guardian.locked' && change.type !== 'guardian.unlocked') {
    throw new Error(`Lock handler was given a ${change.type} change`);
  }
  await recordLatest(context, {
    entityKey: guardianEntityKey(change.guardian),
    types: ['guardian.locked', 'guardian.unlocked'],
  });
};
