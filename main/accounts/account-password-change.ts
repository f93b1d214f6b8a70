import type { AccountView } from '../../shared/account-view';
import type { RequestOf } from '../../shared/ipc-contract';
import { fail, ok, type Result } from '../../shared/result';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import type { CallContext } from '../ipc/ipc-handlers';
import type { Journal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import type { KioskSessions } from '../sessions/kiosk-sessions';
import type { AccountRecords } from './account-records';
import type { AccountReader } from './account-view-loader';
import type { GuardianSecretFailures } from './guardian-secret-failures';
import type { PasswordHasher } from './password-hasher';
import { checkNewPassword, serviceNamesOf } from './password-policy';
import type { PasswordReplacer } from './password-replacer';

export interface AccountPasswordChangeDeps {
  db: KioskDatabase;
  clock: Clock;
  journal: Journal;
  sessions: KioskSessions;
  hasher: PasswordHasher;
  records: AccountRecords;
  accounts: AccountReader;
  secretFailures: GuardianSecretFailures;
  replacePassword: PasswordReplacer;
  serviceName: string;
}

/**
 * "Changer mon mot de passe" on the account screen (the current password required, S-RATE-1
 * counts a wrong one) and the forced change at first login of an account the secretariat
 * issued with a temporary password (typed at login a moment ago: not asked again). The new
 * password follows S-PWD-1/2 and must differ from the current one; every other login of the
 * account ends, this one stays.
 */
export function createAccountPasswordChange(deps: AccountPasswordChangeDeps) {
  const { db, clock, journal, sessions, hasher, records, secretFailures } = deps;

  return async function changePassword(
    call: CallContext,
    request: RequestOf<'account.changePassword'>,
  ): Promise<Result<AccountView>> {
    const accountId = sessions.accountOf(call.sessionId);
    const account = accountId ? records.byId(accountId) : undefined;
    if (!accountId || !account) return fail('NOT_LOGGED_IN', 'No account is logged in');
    const guardianIds = records.guardianIdsOf(accountId);
    const forced = account.must_change_password === 1;
    if (!forced) {
      const current = await hasher.verify(request.currentPassword ?? '', account.password_hash);
      if (!current) {
        return inTransaction(db, () => {
          const now = clock.now();
          const locked = secretFailures.recordFailure(guardianIds, now);
          journal.audit(now, 'kiosk', 'account.password-change-refused', guardianIds[0] ?? null, {
            accountId,
            code: 'CURRENT_PASSWORD_WRONG',
          });
          if (locked) sessions.logOutAccount(accountId);
          return fail('CURRENT_PASSWORD_WRONG', 'The current password is wrong');
        });
      }
    }
    const verdict = checkNewPassword(request.password, request.confirmation, {
      identifier: account.identifier,
      personalNames: records.personalNamesOf(accountId),
      serviceNames: serviceNamesOf(deps.serviceName),
    });
    const refuse = (code: string, reason?: string) =>
      inTransaction(db, () =>
        journal.audit(clock.now(), 'kiosk', 'account.password-change-refused', null, {
          accountId,
          code,
          ...(reason ? { reason } : {}),
        }),
      );
    if (!verdict.ok) {
      const reason = verdict.code === 'PASSWORD_BLOCKLISTED' ? verdict.reason : undefined;
      refuse(verdict.code, reason);
      return reason
        ? fail('PASSWORD_BLOCKLISTED', 'The password is on the blocklist', { reason })
        : fail(verdict.code, 'The password does not meet the policy');
    }
    if (await hasher.verify(verdict.password, account.password_hash)) {
      refuse('PASSWORD_UNCHANGED');
      return fail('PASSWORD_UNCHANGED', 'The new password is the current one');
    }
    const passwordHash = await hasher.hash(verdict.password);
    return inTransaction(db, () => {
      // Logged out meanwhile (idle expiry, another session's reset): nothing changes.
      if (sessions.accountOf(call.sessionId) !== accountId) {
        return fail('NOT_LOGGED_IN', 'The login ended while the password was hashed');
      }
      secretFailures.recordSuccess(guardianIds);
      deps.replacePassword(
        {
          accountId,
          passwordHash,
          how: forced ? 'forced-change' : 'changed',
          keepSessionId: call.sessionId,
          guardianId: guardianIds[0] ?? null,
        },
        clock.now(),
      );
      const view = deps.accounts.view(accountId);
      if (!view) throw new Error(`Account ${accountId} vanished during a password change`);
      return ok(view);
    });
  };
}

export type AccountPasswordChange = ReturnType<typeof createAccountPasswordChange>;
