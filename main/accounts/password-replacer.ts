import type { KioskDatabase } from '../database/open-database';
import type { Journal } from '../journal/journal';
import type { KioskSessions } from '../sessions/kiosk-sessions';
import { identifierKey } from './login-service';
import type { LoginThrottle } from './login-throttle';

export interface PasswordReplacement {
  accountId: string;
  /** Already hashed (S-PWD-3); never journaled. */
  passwordHash: string;
  how: 'changed' | 'forced-change' | 'reset';
  /** The session that made the change keeps its login; every other one ends. */
  keepSessionId?: string;
  guardianId: number | null;
  flowId?: string;
}

/**
 * The one way an account's password is replaced: the hash, the temporary-password flag cleared,
 * the login throttle of the identifier forgotten, every other login of the account ended (issue
 * 5: "all other sessions of that account end"), and an 'account.password-changed' event (no
 * hash: S-PWD-4) with its audit entry. Call inside the step's transaction.
 */
export function createPasswordReplacer(deps: {
  db: KioskDatabase;
  journal: Journal;
  sessions: KioskSessions;
  throttle: LoginThrottle;
}) {
  const update = deps.db.prepare(
    `UPDATE accounts SET password_hash = ?, must_change_password = 0, failed_login_count = 0,
            updated_at = ?
      WHERE id = ? RETURNING identifier`,
  );
  return function replacePassword(change: PasswordReplacement, now: Date): void {
    const row = update.get(change.passwordHash, now.toISOString(), change.accountId) as
      { identifier: string } | undefined;
    if (!row) throw new Error(`Account ${change.accountId} vanished`);
    deps.throttle.recordSuccess(identifierKey(row.identifier));
    const ended = deps.sessions.logOutAccount(change.accountId, change.keepSessionId);
    deps.journal.record({
      at: now,
      type: 'account.password-changed',
      entityId: change.accountId,
      payload: { accountId: change.accountId, how: change.how },
      audit: {
        actor: 'kiosk',
        guardianId: change.guardianId,
        details: {
          accountId: change.accountId,
          how: change.how,
          otherSessionsEnded: ended.length,
          ...(change.flowId ? { flowId: change.flowId } : {}),
        },
      },
    });
  };
}

export type PasswordReplacer = ReturnType<typeof createPasswordReplacer>;
