// One handler per change type a kiosk may push, given each run of consecutive events of its type.
// The default records the changes as pushed, for the school's other kiosks to pull; hub/rules/
// replaces entries where the hub must decide (identifiers, conflicts). Types only the hub writes
// (HUB_ONLY_CHANGE_TYPES) have no entry: a push carrying one is refused before any handler runs.
import type { SyncedChangeType } from '../../shared/sync/sync-protocol';
import { eachEvent, type PushedRunHandler } from './push-context';
import { applyAccountsCreated } from '../rules/account-created';
import { applyLockChanged } from '../rules/lock-changed';
import { applyMobileCorrected } from '../rules/mobile-corrected';
import { applyPasswordChanged } from '../rules/password-changed';
import { applyRosterImported } from '../rules/roster-imported';

/** The change types a kiosk may push: every SyncedChangeType but the hub's own decisions. */
export type KioskPushableChangeType = Exclude<
  SyncedChangeType,
  'identifier.reserved' | 'account.retired' | 'conflict.recorded'
>;

const recordAsPushed: PushedRunHandler = async (context, events) => {
  await context.recordChanges(
    events.map((event) => ({ change: event.change, originKioskId: context.kioskId })),
  );
};

export const PUSHED_EVENT_HANDLERS: {
  readonly [T in KioskPushableChangeType]: PushedRunHandler;
} = {
  'account.created': applyAccountsCreated,
  'account.password-changed': eachEvent(applyPasswordChanged),
  'guardian.locked': eachEvent(applyLockChanged),
  'guardian.unlocked': eachEvent(applyLockChanged),
  'guardian.mobile-corrected': eachEvent(applyMobileCorrected),
  'wrong-link.reported': recordAsPushed,
  'wrong-link.handled': recordAsPushed,
  'roster.imported': eachEvent(applyRosterImported),
};
