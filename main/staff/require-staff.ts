// S-SEC-1: the one check every console handler makes before doing anything. A staff login
// belongs to one kiosk session and ends with it (idle reset, "Se déconnecter", main-side
// idle expiry), like a parent's login (S-KIOSK-4).
import type { StaffIdentity } from '../../shared/console-views';
import { fail, ok, type Result } from '../../shared/result';
import type { KioskDatabase } from '../database/open-database';
import type { CallContext } from '../ipc/ipc-handlers';
import type { KioskSessions } from '../sessions/kiosk-sessions';

export type { StaffIdentity };

/** The staff identity of the call's session, or STAFF_NOT_LOGGED_IN. */
export type RequireStaff = (call: CallContext) => Result<StaffIdentity>;

/** How the audit log names a staff member (audit_log.actor). */
export const staffActor = (staff: StaffIdentity): string => `staff:${staff.staffId}`;

export function createRequireStaff(db: KioskDatabase, staffSessions: KioskSessions): RequireStaff {
  const findStaff = db.prepare(
    'SELECT id, display_name FROM staff_accounts WHERE id = ? AND disabled_at IS NULL',
  );
  return function requireStaff(call: CallContext): Result<StaffIdentity> {
    const staffId = staffSessions.accountOf(call.sessionId);
    const row = staffId
      ? (findStaff.get(staffId) as { id: string; display_name: string } | undefined)
      : undefined;
    if (!row) {
      // A disabled account (or one gone from the table) ends its login at once.
      if (staffId) staffSessions.logOut(call.sessionId);
      return fail('STAFF_NOT_LOGGED_IN', 'No staff member is logged in on this session');
    }
    return ok({ staffId: row.id, displayName: row.display_name });
  };
}
