import type { Result } from '../../shared/result';
import type { CallContext } from '../ipc/ipc-handlers';

/** The staff member acting in the console (S-SEC-1): who the audit log names. */
export interface StaffIdentity {
  staffId: string;
  displayName: string;
}

/**
 * The shape of main/staff/require-staff.ts (the console's staff login): the logged-in staff
 * member of this kiosk session, or a typed error the handler returns as it is.
 */
export type RequireStaff = (
  call: CallContext,
) => Result<StaffIdentity> | Promise<Result<StaffIdentity>>;

/** The audit log's actor for a staff action: "staff:<id>". */
export const staffActor = (staff: StaffIdentity): string => `staff:${staff.staffId}`;
