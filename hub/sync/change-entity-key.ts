// What a change is about, as stored in `changes.entity_key`: the latest change on an entity is
// what concurrent edits are compared with, and a roster snapshot supersedes the previous one.
import type { RosterRef, SyncedChange } from '../../shared/sync/sync-protocol';

export const ROSTER_ENTITY_KEY = 'roster';

export const guardianEntityKey = (guardian: RosterRef): string =>
  `${guardian.schoolUai}:${guardian.sourceId}`;

export function changeEntityKey(change: SyncedChange): string {
  switch (change.type) {
    case 'account.created':
    case 'account.password-changed':
    case 'account.retired':
      return change.accountId;
    case 'guardian.locked':
    case 'guardian.unlocked':
    case 'guardian.mobile-corrected':
    case 'identifier.reserved':
      return guardianEntityKey(change.guardian);
    case 'wrong-link.reported':
    case 'wrong-link.handled':
      return change.reportId;
    case 'roster.imported':
      return ROSTER_ENTITY_KEY;
    case 'conflict.recorded':
      return change.guardian === null ? change.conflictId : guardianEntityKey(change.guardian);
  }
}

/** Entity keys that are ids (accounts, reports): unique in the group, so they belong to one school. */
export function isGroupUniqueEntity(change: SyncedChange): boolean {
  return (
    change.type === 'account.created' ||
    change.type === 'account.password-changed' ||
    change.type === 'wrong-link.reported' ||
    change.type === 'wrong-link.handled'
  );
}
