// The console's staff login is another module (main/staff/require-staff.ts); these desk tests
// stand in for its answer: one logged-in session, every other session refused.
import { fail, ok } from '../../../shared/result';
import type { RequireStaff, StaffIdentity } from '../../../main/desk/desk-staff';

export const SECRETARY: StaffIdentity = { staffId: 'staff-1', displayName: 'Mme Martin' };
export const STAFF_SESSION = 'console-session';

export const requireSecretary: RequireStaff = (call) =>
  call.sessionId === STAFF_SESSION
    ? ok(SECRETARY)
    : fail('STAFF_NOT_LOGGED_IN', 'The console needs a staff login');
