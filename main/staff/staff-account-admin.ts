// "Comptes du secrétariat" (S-SEC-1): another staff account created with a temporary password,
// disabled or enabled again, or its password reset to a temporary one. Each change is one
// transaction with its audit entry naming the staff member who made it; the list comes back.
import { randomUUID } from 'node:crypto';
import type { StaffAccountView } from '../../shared/console-views';
import type { RequestOf } from '../../shared/ipc-contract';
import { fail, ok, type Result } from '../../shared/result';
import { inTransaction } from '../database/in-transaction';
import { staffActor, type StaffIdentity } from './require-staff';
import { checkNewStaff, checkStaffPassword } from './staff-account-rules';
import type { StaffRow } from './staff-account-records';
import { staffThrottleKey, type StaffAuthDeps } from './staff-auth';

/** The same services as the staff login (main/staff/staff-auth.ts). */
export type StaffAccountAdminDeps = StaffAuthDeps;

const taken = () => fail('STAFF_USERNAME_TAKEN', 'Another staff account has this username');
const notFound = () => fail('STAFF_NOT_FOUND', 'No such staff account');

export function createStaffAccountAdmin(deps: StaffAccountAdminDeps) {
  const { db, clock, journal, sessions, hashing, records } = deps;

  /** Ends every login of the account, each audited as that account's logout. */
  const endLogins = (staffId: string, reason: string, now: Date): number => {
    const ended = sessions.logOutAccount(staffId);
    for (let i = 0; i < ended.length; i++) {
      journal.audit(now, `staff:${staffId}`, 'staff.logout', null, { reason });
    }
    return ended.length;
  };

  async function create(
    actor: StaffIdentity,
    request: RequestOf<'console.createStaff'>,
  ): Promise<Result<StaffAccountView[]>> {
    const checked = checkNewStaff(request, deps.serviceName);
    if (!checked.ok) return checked;
    const { username, displayName } = checked.value;
    if (records.byUsername(username)) return taken();
    const hashed = await hashing.hash(checked.value.password);
    return inTransaction(db, () => {
      // Again inside the transaction: the same username typed twice side by side.
      if (records.byUsername(username)) return taken();
      const now = clock.now();
      const staffId = randomUUID();
      records.insert({
        id: staffId,
        username,
        displayName,
        passwordHash: hashed.hash,
        pepper: hashed.pepper,
        createdAt: now.toISOString(),
        createdBy: actor.staffId,
        lastLoginAt: null,
        // The secretary typed it: only the person may know their password.
        mustChangePassword: true,
      });
      journal.audit(now, staffActor(actor), 'staff.created', null, { staffId, username });
      return ok(records.list(actor.staffId));
    });
  }

  function setDisabled(
    actor: StaffIdentity,
    request: RequestOf<'console.setStaffDisabled'>,
  ): Result<StaffAccountView[]> {
    return inTransaction(db, () => {
      const target = records.byId(request.staffId);
      if (!target) return notFound();
      const now = clock.now();
      if (request.disabled) {
        if (target.disabled_at !== null) return ok(records.list(actor.staffId));
        // The console must keep someone able to log in; said before "yourself" because with a
        // single enabled account that is the reason that matters.
        if (records.enabledCount() <= 1) {
          return fail('STAFF_LAST_ENABLED', 'It is the last enabled staff account');
        }
        if (target.id === actor.staffId) {
          return fail('STAFF_SELF_DISABLE', 'A staff member cannot disable their own account');
        }
        records.disable(target.id, now.toISOString(), actor.staffId);
        const sessionsEnded = endLogins(target.id, 'account-disabled', now);
        journal.audit(now, staffActor(actor), 'staff.disabled', null, {
          ...about(target),
          sessionsEnded,
        });
      } else if (records.enable(target.id)) {
        journal.audit(now, staffActor(actor), 'staff.enabled', null, about(target));
      }
      return ok(records.list(actor.staffId));
    });
  }

  async function resetPassword(
    actor: StaffIdentity,
    request: RequestOf<'console.resetStaffPassword'>,
  ): Promise<Result<StaffAccountView[]>> {
    const target = records.byId(request.staffId);
    if (!target) return notFound();
    if (target.id === actor.staffId) {
      return fail('STAFF_SELF_RESET', 'One changes their own password with the current one');
    }
    const password = checkStaffPassword(
      request.password,
      request.confirmation,
      { username: target.username, displayName: target.display_name },
      deps.serviceName,
    );
    if (!password.ok) return password;
    const hashed = await hashing.hash(password.value);
    return inTransaction(db, () => {
      const current = records.byId(target.id);
      if (!current) return notFound();
      const now = clock.now();
      records.setPassword(current.id, current.password_hash, { ...hashed, mustChange: true });
      // The person starts again from the new password: no wait left from earlier mistakes.
      deps.throttle.recordSuccess(staffThrottleKey(current.username));
      const sessionsEnded = endLogins(current.id, 'password-reset', now);
      journal.audit(now, staffActor(actor), 'staff.password-reset', null, {
        ...about(current),
        sessionsEnded,
      });
      return ok(records.list(actor.staffId));
    });
  }

  return {
    list: (actor: StaffIdentity): StaffAccountView[] => records.list(actor.staffId),
    create,
    setDisabled,
    resetPassword,
  };
}

/** Which account an entry is about (never a secret). */
const about = (row: StaffRow) => ({ staffId: row.id, username: row.username });

export type StaffAccountAdmin = ReturnType<typeof createStaffAccountAdmin>;
