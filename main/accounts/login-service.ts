import type { AccountView } from '../../shared/account-view';
import type { RequestOf } from '../../shared/ipc-contract';
import { fail, ok, type Result } from '../../shared/result';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import type { CallContext } from '../ipc/ipc-handlers';
import type { Journal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import type { KioskSessions } from '../sessions/kiosk-sessions';
import type { AccountReader } from './account-view-loader';
import type { GuardianSecretFailures } from './guardian-secret-failures';
import type { LoginThrottle } from './login-throttle';
import type { PasswordHasher } from './password-hasher';

export interface LoginServiceDeps {
  db: KioskDatabase;
  clock: Clock;
  journal: Journal;
  sessions: KioskSessions;
  throttle: LoginThrottle;
  hasher: PasswordHasher;
  secretFailures: GuardianSecretFailures;
  accounts: AccountReader;
}

interface AccountRow {
  id: string;
  password_hash: string;
  disabled_at: string | null;
  retired_for_identifier: string | null;
}

/** "patrick.dupont1" however it was typed (spaces, capitals, compatibility characters). */
export const identifierKey = (typed: string): string =>
  typed.normalize('NFKC').trim().toLowerCase();

const LOGIN_FAILED = 'Unknown identifier or wrong password';

/**
 * Login (S-RATE-1, S-KIOSK-4). Unknown identifier, wrong password and locked guardian all give
 * LOGIN_FAILED after the same work (one scrypt), so nothing tells them apart. A disabled
 * account (its guardian left the roster) gets ACCOUNT_DISABLED, and a retired one (the hub kept
 * another account for the guardian) ACCOUNT_RETIRED with the identifier to use, only after the
 * right password.
 */
export function createLoginService(deps: LoginServiceDeps) {
  const { db, clock, journal, sessions, throttle, hasher, secretFailures, accounts } = deps;
  const dummyHash = hasher.dummyHash();
  const findAccount = db.prepare(
    `SELECT id, password_hash, disabled_at, retired_for_identifier FROM accounts
      WHERE identifier = ?`,
  );
  const guardiansOf = db.prepare('SELECT id FROM guardians WHERE account_id = ? ORDER BY id');
  const countFailure = db.prepare(
    'UPDATE accounts SET failed_login_count = failed_login_count + 1 WHERE id = ?',
  );
  const markLogin = db.prepare(
    'UPDATE accounts SET failed_login_count = 0, last_login_at = ? WHERE id = ?',
  );

  async function submit(
    call: CallContext,
    request: RequestOf<'login.submit'>,
  ): Promise<Result<AccountView>> {
    const key = identifierKey(request.identifier);
    // The failure is counted before the (slow) verification and undone on success, so calls
    // running side by side (other sessions) already see it: N parallel wrong passwords get
    // at most the threshold's worth of verifications, not N.
    const throttled = inTransaction(db, () => throttle.beginAttempt(key, clock.now()));
    if (throttled > 0) {
      return fail('LOGIN_THROTTLED', 'Too many failed logins for this identifier', {
        retryAfterSeconds: throttled,
      });
    }
    const account = findAccount.get(key) as AccountRow | undefined;
    const passwordMatches = await hasher.verify(
      request.password,
      account?.password_hash ?? dummyHash,
    );

    return inTransaction(db, () => {
      const now = clock.now();
      const guardianIds = account
        ? (guardiansOf.all(account.id) as { id: number }[]).map((g) => g.id)
        : [];
      const locked = guardianIds.length > 0 && secretFailures.anyLocked(guardianIds);
      if (!account || !passwordMatches || locked) {
        // Already counted by the provisional failure above.
        if (account && !passwordMatches) {
          countFailure.run(account.id);
          secretFailures.recordFailure(guardianIds, now);
        }
        const why = !account ? 'unknown-identifier' : locked ? 'guardian-locked' : 'wrong-password';
        journal.audit(now, 'kiosk', 'login.failed', guardianIds[0] ?? null, {
          reason: why,
          ...(account ? { accountId: account.id } : {}),
        });
        return fail('LOGIN_FAILED', LOGIN_FAILED);
      }
      throttle.recordSuccess(key); // also undoes the provisional failure
      secretFailures.recordSuccess(guardianIds);
      // The roster importer disabled it (the guardian left): said only after the right password.
      if (account.disabled_at !== null) {
        journal.audit(now, 'kiosk', 'login.refused-disabled', guardianIds[0] ?? null, {
          accountId: account.id,
        });
        return fail('ACCOUNT_DISABLED', 'The account is disabled: see the secretariat');
      }
      // The hub kept another account for this guardian (docs/developers/sync.md, "Conflicts"):
      // said only after the right password, with the identifier that stays.
      if (account.retired_for_identifier !== null) {
        journal.audit(now, 'kiosk', 'login.refused-retired', guardianIds[0] ?? null, {
          accountId: account.id,
        });
        return fail('ACCOUNT_RETIRED', 'The account was retired: use the identifier kept', {
          useIdentifier: account.retired_for_identifier,
        });
      }
      markLogin.run(now.toISOString(), account.id);
      sessions.logIn(call.sessionId, account.id);
      journal.audit(now, 'kiosk', 'login.succeeded', guardianIds[0] ?? null, {
        accountId: account.id,
      });
      const view = accounts.view(account.id);
      if (!view) throw new Error(`Account ${account.id} vanished during login`);
      return ok(view);
    });
  }

  /** S-KIOSK-4: a call from a session whose login idled out ends that login (audited). */
  function touch(call: CallContext): void {
    const expiredAccountId = sessions.touch(call.sessionId);
    if (expiredAccountId) {
      inTransaction(db, () =>
        journal.audit(clock.now(), 'kiosk', 'logout', null, {
          accountId: expiredAccountId,
          reason: 'idle-expired',
        }),
      );
    }
  }

  function view(call: CallContext): Result<AccountView> {
    const accountId = sessions.accountOf(call.sessionId);
    const found = accountId ? accounts.view(accountId) : null;
    return found ? ok(found) : fail('NOT_LOGGED_IN', 'No account is logged in on this session');
  }

  function logout(call: CallContext): Result<{ loggedOut: true }> {
    const accountId = sessions.accountOf(call.sessionId);
    if (accountId) {
      inTransaction(db, () => journal.audit(clock.now(), 'kiosk', 'logout', null, { accountId }));
    }
    sessions.logOut(call.sessionId);
    return ok({ loggedOut: true as const });
  }

  return { submit, view, logout, touch };
}

export type LoginService = ReturnType<typeof createLoginService>;
