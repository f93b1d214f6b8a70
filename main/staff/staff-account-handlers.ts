// The channels of "Comptes du secrétariat" (S-SEC-1). Managing accounts needs a staff login
// like every section; changing one's own password also works on a temporary password.
import type { Channel } from '../../shared/ipc-contract';
import { ok } from '../../shared/result';
import type { IpcHandlers } from '../ipc/ipc-handlers';
import type { RequireStaff, StaffIdentity } from './require-staff';
import type { StaffAccountAdmin } from './staff-account-admin';
import type { StaffOwnPassword } from './staff-own-password';

export type StaffAccountChannel = Extract<
  Channel,
  | 'console.staffAccounts'
  | 'console.createStaff'
  | 'console.setStaffDisabled'
  | 'console.resetStaffPassword'
  | 'console.changeOwnPassword'
>;

export function createStaffAccountHandlers(deps: {
  requireStaff: RequireStaff;
  admin: StaffAccountAdmin;
  changeOwnPassword: StaffOwnPassword;
}): Pick<IpcHandlers, StaffAccountChannel> {
  const { requireStaff, admin } = deps;
  const asStaff =
    <R, T>(work: (staff: StaffIdentity, request: R) => Promise<T>) =>
    async (call: { sessionId: string }, request: R) => {
      const staff = requireStaff(call);
      return staff.ok ? work(staff.value, request) : staff;
    };

  return {
    'console.staffAccounts': asStaff(async (staff) => ok(admin.list(staff))),
    'console.createStaff': asStaff((staff, request) => admin.create(staff, request)),
    'console.setStaffDisabled': asStaff(async (staff, request) =>
      admin.setDisabled(staff, request),
    ),
    'console.resetStaffPassword': asStaff((staff, request) => admin.resetPassword(staff, request)),
    'console.changeOwnPassword': (call, request) => deps.changeOwnPassword(call, request),
  };
}
