// "Changer mon mot de passe" in the console, and the forced change after a login on a temporary
// password (typed at login a moment ago: not asked again). S-PWD-1/2 as for any staff password;
// a wrong current password counts against the staff login throttle (S-RATE-1), so an unlocked
// console left alone cannot be used to guess it. Every other login of the account ends.
import type { StaffIdentity } from '../../shared/console-views';
import type { RequestOf } from '../../shared/ipc-contract';
import { fail, ok, type Result } from '../../shared/result';
import { inTransaction } from '../database/in-transaction';
import type { CallContext } from '../ipc/ipc-handlers';
import { staffActor, type RequireStaff } from './require-staff';
import { checkStaffPassword } from './staff-account-rules';
import { staffThrottleKey, type StaffAuthDeps } from './staff-auth';

export interface StaffOwnPasswordDeps extends StaffAuthDeps {
  requireStaff: RequireStaff;
}

export function createStaffOwnPassword(deps: StaffOwnPasswordDeps) {
  const { db, clock, journal, sessions, throttle, hashing, records } = deps;

  const refused = (staffId: string, code: string, reason?: string) =>
    inTransaction(db, () =>
      journal.audit(clock.now(), `staff:${staffId}`, 'staff.password-change-refused', null, {
        code,
        ...(reason ? { reason } : {}),
      }),
    );

  return async function changeOwnPassword(
    call: CallContext,
    request: RequestOf<'console.changeOwnPassword'>,
  ): Promise<Result<StaffIdentity>> {
    const staff = deps.requireStaff(call, { passwordChange: true });
    if (!staff.ok) return staff;
    const row = records.byId(staff.value.staffId);
    if (!row) return fail('STAFF_NOT_LOGGED_IN', 'The staff account vanished');
    const forced = row.must_change_password === 1;
    if (!forced) {
      const key = staffThrottleKey(row.username);
      const wait = inTransaction(db, () => throttle.beginAttempt(key, clock.now()));
      if (wait > 0) {
        return fail('LOGIN_THROTTLED', 'Too many wrong staff passwords', {
          retryAfterSeconds: wait,
        });
      }
      if (!(await hashing.verify(request.currentPassword ?? '', row)).matches) {
        refused(row.id, 'CURRENT_PASSWORD_WRONG');
        return fail('CURRENT_PASSWORD_WRONG', 'The current password is wrong');
      }
      inTransaction(db, () => throttle.recordSuccess(key));
    }
    const password = checkStaffPassword(
      request.password,
      request.confirmation,
      { username: row.username, displayName: row.display_name },
      deps.serviceName,
    );
    if (!password.ok) {
      refused(row.id, password.error.code, password.error.details?.reason);
      return password;
    }
    if ((await hashing.verify(password.value, row)).matches) {
      refused(row.id, 'PASSWORD_UNCHANGED');
      return fail('PASSWORD_UNCHANGED', 'The new password is the current one');
    }
    const hashed = await hashing.hash(password.value);
    return inTransaction(db, () => {
      // Logged out meanwhile (idle expiry, disabled, reset by someone else): nothing changes.
      const still = deps.requireStaff(call, { passwordChange: true });
      if (!still.ok || still.value.staffId !== row.id) {
        return fail('STAFF_NOT_LOGGED_IN', 'The login ended while the password was hashed');
      }
      if (!records.setPassword(row.id, row.password_hash, { ...hashed, mustChange: false })) {
        return fail('STAFF_NOT_LOGGED_IN', 'The password was reset meanwhile');
      }
      const now = clock.now();
      const ended = sessions.logOutAccount(row.id, call.sessionId);
      journal.audit(now, staffActor(staff.value), 'staff.password-changed', null, {
        how: forced ? 'forced-change' : 'changed',
        otherSessionsEnded: ended.length,
      });
      return ok({ ...still.value, mustChangePassword: false });
    });
  };
}

export type StaffOwnPassword = ReturnType<typeof createStaffOwnPassword>;
