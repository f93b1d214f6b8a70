// The schools a change speaks of. A kiosk pushes only its own school's changes: the demo roster
// loaded at a kiosk's first start, or an activation made in demo mode, name the demo school,
// which the hub refuses (S-SYNC-2) — and one refused event would hold the whole outbox back.
import type { SyncedChange } from '../../../shared/sync/sync-protocol';

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
