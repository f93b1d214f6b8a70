import { randomUUID } from 'node:crypto';
import type { StaffIdentity } from '../../shared/console-views';
import type { RequestOf } from '../../shared/ipc-contract';
import { fail, ok, type Result } from '../../shared/result';
import type { LoginThrottle } from '../accounts/login-throttle';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import type { CallContext } from '../ipc/ipc-handlers';
import type { Journal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import type { KioskSessions } from '../sessions/kiosk-sessions';
import { createConsoleSetupCodes, SETUP_CODE_THROTTLE_KEY } from './console-setup-code';
import { checkNewStaff, staffUsernameKey } from './staff-account-rules';
import { identityOf, type StaffAccountRecords } from './staff-account-records';
import type { StaffPasswordHashing } from './staff-password-hashing';
import { staffActor } from './require-staff';

export interface StaffAuthDeps {
  db: KioskDatabase;
  clock: Clock;
  journal: Journal;
  /** Staff logins, per kiosk session: separate from parents' logins. */
  sessions: KioskSessions;
  throttle: LoginThrottle;
  hashing: StaffPasswordHashing;
  records: StaffAccountRecords;
  serviceName: string;
}

/**
 * The staff throttle shares the login_throttle table. Parents' keys are lowercased
 * (identifierKey), so this upper-case prefix is one no parent login can type: a parent's
 * failures never throttle a staff account, nor the other way round.
 */
export const staffThrottleKey = (username: string): string => `STAFF:${username}`;

/**
 * S-SEC-1: staff accounts, their login and logout. The first account can be created only while
 * none exists (the console's first start), and only with the one-time setup code the school
 * printed (console-setup-code.ts): wrong codes are throttled like logins and audited, the right
 * one is used up by the account it creates. A wrong login gives LOGIN_FAILED whatever was wrong
 * (unknown username, wrong password, disabled account), after the same work (one scrypt),
 * throttled like parents' logins (S-RATE-1). A right password hashed with another pepper than
 * the one in use is hashed again with it (staff-password-hashing.ts).
 */
export function createStaffAuth(deps: StaffAuthDeps) {
  const { db, clock, journal, sessions, throttle, hashing, records } = deps;

  const isSetUp = (): boolean => records.any();
  const setupCodes = createConsoleSetupCodes(db);

  function loggedIn(call: CallContext): StaffIdentity | null {
    const staffId = sessions.accountOf(call.sessionId);
    const row = staffId ? records.byId(staffId) : undefined;
    return row && row.disabled_at === null ? identityOf(row) : null;
  }

  async function createFirst(
    call: CallContext,
    request: RequestOf<'console.createFirstStaff'>,
  ): Promise<Result<StaffIdentity>> {
    if (isSetUp()) return fail('STAFF_ALREADY_SET_UP', 'A staff account exists already');
    const checked = checkNewStaff(request, deps.serviceName);
    if (!checked.ok) return checked;
    const { username, displayName } = checked.value;
    // Counted before the check and undone when right, as logins are (S-RATE-1).
    const refusal = inTransaction(db, () => {
      const wait = throttle.beginAttempt(SETUP_CODE_THROTTLE_KEY, clock.now());
      if (wait > 0) {
        journal.audit(clock.now(), 'kiosk', 'staff.setup-code-refused', null, { throttled: true });
        return fail('LOGIN_THROTTLED', 'Too many wrong console setup codes', {
          retryAfterSeconds: wait,
        });
      }
      if (!setupCodes.matches(request.setupCode)) {
        journal.audit(clock.now(), 'kiosk', 'staff.setup-code-refused', null);
        return fail('SETUP_CODE_INVALID', 'Wrong or used console setup code');
      }
      throttle.recordSuccess(SETUP_CODE_THROTTLE_KEY);
      return null;
    });
    if (refusal) return refusal;
    const hashed = await hashing.hash(checked.value.password);
    return inTransaction(db, () => {
      // Checked again inside the transaction: two first starts side by side create one account,
      // and a code printed anew meanwhile (by a CLI) is the one that counts.
      if (isSetUp()) return fail('STAFF_ALREADY_SET_UP', 'A staff account exists already');
      if (!setupCodes.matches(request.setupCode)) {
        return fail('SETUP_CODE_INVALID', 'Wrong or used console setup code');
      }
      setupCodes.consume();
      const now = clock.now().toISOString();
      const staff: StaffIdentity = {
        staffId: randomUUID(),
        displayName,
        mustChangePassword: false,
      };
      records.insert({
        id: staff.staffId,
        username,
        displayName,
        passwordHash: hashed.hash,
        pepper: hashed.pepper,
        createdAt: now,
        createdBy: null,
        lastLoginAt: now,
        mustChangePassword: false,
      });
      journal.audit(clock.now(), staffActor(staff), 'staff.created', null, {
        staffId: staff.staffId,
        username,
        first: true,
      });
      journal.audit(clock.now(), staffActor(staff), 'staff.login', null);
      sessions.logIn(call.sessionId, staff.staffId);
      return ok(staff);
    });
  }

  async function login(
    call: CallContext,
    request: RequestOf<'console.login'>,
  ): Promise<Result<StaffIdentity>> {
    const username = staffUsernameKey(request.username);
    const key = staffThrottleKey(username);
    // Counted before the slow verification and undone on success (as login-service.ts does).
    const wait = inTransaction(db, () => throttle.beginAttempt(key, clock.now()));
    if (wait > 0) {
      return fail('LOGIN_THROTTLED', 'Too many failed staff logins for this username', {
        retryAfterSeconds: wait,
      });
    }
    const row = records.byUsername(username);
    const check = await hashing.verify(request.password, row);
    // S-PWD-3: the first right password after the school's pepper came moves the hash to it.
    const rehashed =
      row && check.matches && check.needsRehash && row.disabled_at === null
        ? await hashing.hash(request.password)
        : null;
    return inTransaction(db, () => {
      const now = clock.now();
      // Read again: disabled or given a new password while the hash was computed, it is refused.
      const current = row ? records.byId(row.id) : undefined;
      const replaced = current?.password_hash !== row?.password_hash;
      if (!row || !current || !check.matches || replaced || current.disabled_at !== null) {
        const reason = !row
          ? 'unknown-username'
          : !check.matches || replaced
            ? 'wrong-password'
            : 'account-disabled';
        journal.audit(now, row ? `staff:${row.id}` : 'console', 'staff.login-failed', null, {
          reason,
        });
        return fail('LOGIN_FAILED', 'Unknown username or wrong password');
      }
      const upgraded =
        rehashed !== null &&
        records.setPassword(row.id, row.password_hash, {
          ...rehashed,
          mustChange: current.must_change_password === 1,
        });
      throttle.recordSuccess(key);
      records.markLogin(row.id, now.toISOString());
      const staff = identityOf(current);
      sessions.logIn(call.sessionId, staff.staffId);
      const details = {
        ...(upgraded
          ? { pepperUpgraded: { from: row.pepper ?? 'unrecorded', to: rehashed.pepper } }
          : {}),
        ...(staff.mustChangePassword ? { mustChangePassword: true } : {}),
      };
      journal.audit(
        now,
        staffActor(staff),
        'staff.login',
        null,
        Object.keys(details).length > 0 ? details : undefined,
      );
      return ok(staff);
    });
  }

  /** "Se déconnecter", and the end of the kiosk session (session.reset). */
  function logout(call: CallContext, reason: 'logout' | 'session-reset'): void {
    const staffId = sessions.accountOf(call.sessionId);
    if (!staffId) return;
    sessions.logOut(call.sessionId);
    inTransaction(db, () =>
      journal.audit(clock.now(), `staff:${staffId}`, 'staff.logout', null, { reason }),
    );
  }

  /** S-KIOSK-4 for staff: a call after the login idled out ends it (audited). */
  function touch(call: CallContext): void {
    const expired = sessions.touch(call.sessionId);
    if (expired) {
      inTransaction(db, () =>
        journal.audit(clock.now(), `staff:${expired}`, 'staff.logout', null, {
          reason: 'idle-expired',
        }),
      );
    }
  }

  return { isSetUp, loggedIn, createFirst, login, logout, touch };
}

export type StaffAuth = ReturnType<typeof createStaffAuth>;
