// One handler per change type a kiosk may push. The default records the change as pushed, for
// the school's other kiosks to pull; hub/rules/ replaces entries where the hub must decide
// (identifiers, conflicts). Types only the hub writes (HUB_ONLY_CHANGE_TYPES) have no entry: a
// push carrying one is refused before any handler runs.
import type { SyncedChangeType } from '../../shared/sync/sync-protocol';
import type { PushedEventHandler } from './push-context';
import { applyAccountCreated } from '../rules/account-created';
import { applyLockChanged } from '../rules/lock-changed';
import { applyMobileCorrected } from '../rules/mobile-corrected';
import { applyPasswordChanged } from '../rules/password-changed';
import { applyRosterImported } from '../rules/roster-imported';

/** The change types a kiosk may push: every SyncedChangeType but the hub's own decisions. */
export type KioskPushableChangeType = Exclude<
  SyncedChangeType,
  'identifier.reserved' | 'account.retired' | 'conflict.recorded'
>;

const recordAsPushed: PushedEventHandler = async (context) => {
  await context.recordChange(context.event.change, context.kioskId);
};

export const PUSHED_EVENT_HANDLERS: {
  readonly [T in KioskPushableChangeType]: PushedEventHandler;
} = {
  'account.created': applyAccountCreated,
  'account.password-changed': applyPasswordChanged,
  'guardian.locked': applyLockChanged,
  'guardian.unlocked': applyLockChanged,
  'guardian.mobile-corrected': applyMobileCorrected,
  'wrong-link.reported': recordAsPushed,
  'wrong-link.handled': recordAsPushed,
  'roster.imported': applyRosterImported,
};
