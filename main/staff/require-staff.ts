// S-SEC-1: the one check every console handler makes before doing anything. A staff login
// belongs to one kiosk session and ends with it (idle reset, "Se déconnecter", main-side
// idle expiry), like a parent's login (S-KIOSK-4).
import type { StaffIdentity } from '../../shared/console-views';
import { fail, ok, type Result } from '../../shared/result';
import type { CallContext } from '../ipc/ipc-handlers';
import type { KioskSessions } from '../sessions/kiosk-sessions';
import { identityOf, type StaffAccountRecords } from './staff-account-records';

export type { StaffIdentity };

/**
 * The staff identity of the call's session, or STAFF_NOT_LOGGED_IN. A login on a temporary
 * password gets STAFF_PASSWORD_CHANGE_REQUIRED, unless the call is the change itself
 * (`passwordChange: true`).
 */
export type RequireStaff = (
  call: CallContext,
  options?: { passwordChange?: boolean },
) => Result<StaffIdentity>;

/** How the audit log names a staff member (audit_log.actor). */
export const staffActor = (staff: Pick<StaffIdentity, 'staffId'>): string =>
  `staff:${staff.staffId}`;

export function createRequireStaff(
  records: StaffAccountRecords,
  staffSessions: KioskSessions,
): RequireStaff {
  return function requireStaff(call, options = {}) {
    const staffId = staffSessions.accountOf(call.sessionId);
    const row = staffId ? records.byId(staffId) : undefined;
    if (!row || row.disabled_at !== null) {
      // A disabled account (or one gone from the table) ends its login at once.
      if (staffId) staffSessions.logOut(call.sessionId);
      return fail('STAFF_NOT_LOGGED_IN', 'No staff member is logged in on this session');
    }
    const staff = identityOf(row);
    if (staff.mustChangePassword && !options.passwordChange) {
      return fail('STAFF_PASSWORD_CHANGE_REQUIRED', 'The temporary password must be changed first');
    }
    return ok(staff);
  };
}
