import type { PushedEventHandler } from '../sync/push-context';
import { guardianEntityKey } from '../sync/change-entity-key';
import { findConcurrentChange, recordLatest } from './latest-in-hub-order';
import { maskMobile } from './mask-mobile';
import { pushedChange } from './pushed-change';
import { recordConflict } from './record-conflict';

/**
 * Two secretaries recording different mobiles for one guardian: the later in hub order wins;
 * when neither had seen the other's, the secretariat is told, with both numbers masked.
 */
export const applyMobileCorrected: PushedEventHandler = async (context) => {
  const change = pushedChange(context, 'guardian.mobile-corrected');
  const kind = {
    entityKey: guardianEntityKey(change.guardian),
    types: ['guardian.mobile-corrected'] as const,
  };
  const concurrent = await findConcurrentChange(context, kind);
  await recordLatest(context, kind);
  if (concurrent?.change.type !== 'guardian.mobile-corrected') return;
  // The same number typed on both sides is agreement, not a conflict.
  if (concurrent.change.mobileE164 === change.mobileE164) return;
  await recordConflict(context, {
    kind: 'concurrent-mobile',
    guardian: change.guardian,
    detail: {
      keptMobile: maskMobile(change.mobileE164),
      keptKioskId: context.kioskId,
      lostMobile: maskMobile(concurrent.change.mobileE164),
      lostKioskId: concurrent.originKioskId,
    },
  });
};
