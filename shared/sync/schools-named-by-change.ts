// Every school a change names (roster references, a snapshot's school). The hub refuses a push
// naming another school than the kiosk's (S-SYNC-2); the kiosk's outbox leaves such changes out
// (the demo roster of a first start, a demo-mode activation), since one refused event would hold
// the whole outbox back.
import type { SyncedChange } from './sync-protocol';

export function schoolsNamedByChange(change: SyncedChange): string[] {
  switch (change.type) {
    case 'account.created':
      return [...change.guardians, ...change.students].map((ref) => ref.schoolUai);
    case 'guardian.locked':
    case 'guardian.unlocked':
    case 'guardian.mobile-corrected':
    case 'identifier.reserved':
      return [change.guardian.schoolUai];
    case 'wrong-link.reported':
      return [change.guardian.schoolUai, change.student.schoolUai];
    case 'roster.imported':
      return [change.snapshot.school.uai];
    case 'conflict.recorded':
      return change.guardian ? [change.guardian.schoolUai] : [];
    case 'account.password-changed':
    case 'wrong-link.handled':
    case 'account.retired':
      return [];
  }
}
