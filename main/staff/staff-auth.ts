import { randomUUID } from 'node:crypto';
import type { StaffIdentity } from '../../shared/console-views';
import type { RequestOf } from '../../shared/ipc-contract';
import { fail, ok, type Result } from '../../shared/result';
import type { LoginThrottle } from '../accounts/login-throttle';
import type { PasswordHasher } from '../accounts/password-hasher';
import { checkNewPassword, serviceNamesOf } from '../accounts/password-policy';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import type { CallContext } from '../ipc/ipc-handlers';
import type { Journal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import type { KioskSessions } from '../sessions/kiosk-sessions';
import { staffActor } from './require-staff';

export interface StaffAuthDeps {
  db: KioskDatabase;
  clock: Clock;
  journal: Journal;
  /** Staff logins, per kiosk session: separate from parents' logins. */
  sessions: KioskSessions;
  throttle: LoginThrottle;
  hasher: PasswordHasher;
  serviceName: string;
}

const USERNAME = /^[a-z0-9._-]{3,40}$/u;
const DISPLAY_NAME_MAX = 80;

/** "Secretariat.Martin " → "secretariat.martin": one spelling however it is typed. */
export const staffUsernameKey = (typed: string): string =>
  typed.normalize('NFKC').trim().toLowerCase();

/**
 * The staff throttle shares the login_throttle table. Parents' keys are lowercased
 * (identifierKey), so this upper-case prefix is one no parent login can type: a parent's
 * failures never throttle a staff account, nor the other way round.
 */
export const staffThrottleKey = (username: string): string => `STAFF:${username}`;

interface StaffRow {
  id: string;
  display_name: string;
  password_hash: string;
}

/**
 * S-SEC-1: staff accounts, their login and logout. The first account can be created only while
 * none exists (the console's first start); a wrong login gives LOGIN_FAILED whatever was wrong,
 * after the same work (one scrypt), throttled like parents' logins (S-RATE-1).
 */
export function createStaffAuth(deps: StaffAuthDeps) {
  const { db, clock, journal, sessions, throttle, hasher } = deps;
  const dummyHash = hasher.dummyHash();
  const countStaff = db.prepare('SELECT count(*) AS n FROM staff_accounts');
  const findByUsername = db.prepare(
    'SELECT id, display_name, password_hash FROM staff_accounts WHERE username = ? AND disabled_at IS NULL',
  );
  const insertStaff = db.prepare(
    `INSERT INTO staff_accounts (id, username, display_name, password_hash, created_at, last_login_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const markLogin = db.prepare('UPDATE staff_accounts SET last_login_at = ? WHERE id = ?');
  const nameOf = db.prepare('SELECT display_name FROM staff_accounts WHERE id = ?');

  const isSetUp = (): boolean => (countStaff.get() as { n: number }).n > 0;

  function loggedIn(call: CallContext): StaffIdentity | null {
    const staffId = sessions.accountOf(call.sessionId);
    if (!staffId) return null;
    const row = nameOf.get(staffId) as { display_name: string } | undefined;
    return row ? { staffId, displayName: row.display_name } : null;
  }

  async function createFirst(
    call: CallContext,
    request: RequestOf<'console.createFirstStaff'>,
  ): Promise<Result<StaffIdentity>> {
    if (isSetUp()) return fail('STAFF_ALREADY_SET_UP', 'A staff account exists already');
    const username = staffUsernameKey(request.username);
    if (!USERNAME.test(username)) {
      return fail('STAFF_USERNAME_INVALID', 'Staff usernames are 3 to 40 of a-z 0-9 . - _');
    }
    const displayName = request.displayName.normalize('NFKC').trim().replace(/\s+/gu, ' ');
    if (displayName === '' || [...displayName].length > DISPLAY_NAME_MAX) {
      return fail('STAFF_NAME_INVALID', 'The displayed name is empty or too long');
    }
    const check = checkNewPassword(request.password, request.confirmation, {
      identifier: username,
      personalNames: [displayName],
      serviceNames: serviceNamesOf(deps.serviceName),
    });
    if (!check.ok) {
      return check.code === 'PASSWORD_BLOCKLISTED'
        ? fail(check.code, 'The password is not allowed', { reason: check.reason })
        : fail(check.code, 'The password does not follow the rules');
    }
    const passwordHash = await hasher.hash(check.password);
    return inTransaction(db, () => {
      // Checked again inside the transaction: two first starts side by side create one account.
      if (isSetUp()) return fail('STAFF_ALREADY_SET_UP', 'A staff account exists already');
      const now = clock.now();
      const staff: StaffIdentity = { staffId: randomUUID(), displayName };
      insertStaff.run(
        staff.staffId,
        username,
        displayName,
        passwordHash,
        now.toISOString(),
        now.toISOString(),
      );
      journal.audit(now, staffActor(staff), 'staff.created', null, {
        staffId: staff.staffId,
        username,
        first: true,
      });
      journal.audit(now, staffActor(staff), 'staff.login', null);
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
    const wait = inTransaction(db, () => {
      const now = clock.now();
      const seconds = throttle.retryAfterSeconds(key, now);
      if (seconds === 0) throttle.recordFailure(key, now);
      return seconds;
    });
    if (wait > 0) {
      return fail('LOGIN_THROTTLED', 'Too many failed staff logins for this username', {
        retryAfterSeconds: wait,
      });
    }
    const row = findByUsername.get(username) as StaffRow | undefined;
    const matches = await hasher.verify(request.password, row?.password_hash ?? dummyHash);
    return inTransaction(db, () => {
      const now = clock.now();
      if (!row || !matches) {
        journal.audit(now, row ? `staff:${row.id}` : 'console', 'staff.login-failed', null, {
          reason: row ? 'wrong-password' : 'unknown-username',
        });
        return fail('LOGIN_FAILED', 'Unknown username or wrong password');
      }
      throttle.recordSuccess(key);
      markLogin.run(now.toISOString(), row.id);
      const staff: StaffIdentity = { staffId: row.id, displayName: row.display_name };
      sessions.logIn(call.sessionId, staff.staffId);
      journal.audit(now, staffActor(staff), 'staff.login', null);
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
