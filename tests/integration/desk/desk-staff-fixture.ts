// The desk channels need the console's real staff login (S-SEC-1, main/staff/require-staff.ts):
// these tests create the first staff account, logged in on STAFF_SESSION; every other session
// has no staff login and is refused.
import type { StaffIdentity } from '../../../main/desk/desk-staff';
import type { Harness } from '../core/core-harness';
import { createFirstStaff, STAFF_NAME } from '../console/console-harness';

export const STAFF_SESSION = 'console-session';

/** A secretary as the desk modules see one, for tests that call them directly. */
export const SECRETARY: StaffIdentity = { staffId: 'staff-1', displayName: 'Mme Martin' };

/** Creates the first staff account and logs it in on STAFF_SESSION. */
export async function loginSecretary(h: Harness): Promise<StaffIdentity> {
  const staffId = await createFirstStaff(h, STAFF_SESSION);
  return { staffId, displayName: STAFF_NAME };
}
