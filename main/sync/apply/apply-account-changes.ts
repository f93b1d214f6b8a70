import type { AccountRowWriter } from '../../accounts/account-rows';
import { freedIdentifier } from '../../accounts/freed-identifier';
import { identifierKey } from '../../accounts/login-service';
import type { ChangeAppliers, SyncApplyContext } from './sync-apply-context';

/**
 * Accounts made, changed or retired at another kiosk (or by the hub), written with the same
 * account rows the activation writes (account-rows.ts).
 */
export function createAccountAppliers(
  context: SyncApplyContext,
  writeAccountRows: AccountRowWriter,
): Pick<ChangeAppliers, 'account.created' | 'account.password-changed' | 'account.retired'> {
  const { db } = context;
  const existing = db.prepare('SELECT 1 FROM accounts WHERE id = ?');
  const holderOf = db.prepare('SELECT id FROM accounts WHERE identifier = ?').pluck();
  // The local account loses its identifier to the pulled one (freed-identifier.ts).
  const retireHolder = db.prepare(
    `UPDATE accounts SET identifier = ?, retired_at = COALESCE(retired_at, ?),
            retired_for_identifier = ?, updated_at = ?
      WHERE id = ?`,
  );
  // A guardian row is linked to the pulled account unless it already has a live account here:
  // the hub decides which of the two stays (account.retired), and the retirement relinks.
  const linkable = db.prepare(
    `SELECT g.account_id IS NULL OR EXISTS (SELECT 1 FROM accounts a
                                              WHERE a.id = g.account_id AND a.retired_at IS NOT NULL)
       FROM guardians g WHERE g.id = ?`,
  );
  const studentIdOf = db.prepare('SELECT id FROM students WHERE school_uai = ? AND source_id = ?');
  const replaceHash = db.prepare(
    `UPDATE accounts SET password_hash = ?, must_change_password = ?, failed_login_count = 0,
            updated_at = ?
      WHERE id = ? AND (password_hash <> ? OR must_change_password <> ?)
      RETURNING identifier`,
  );
  const liftThrottle = db.prepare('DELETE FROM login_throttle WHERE identifier_key = ?');
  const firstGuardianOf = db.prepare(
    'SELECT id FROM guardians WHERE account_id = ? ORDER BY id LIMIT 1',
  );
  const retire = db.prepare(
    `UPDATE accounts SET retired_at = ?, retired_for_identifier = ?, updated_at = ?
      WHERE id = ? AND retired_at IS NULL`,
  );
  const keptExists = db.prepare('SELECT 1 FROM accounts WHERE id = ?');
  const moveGuardians = db.prepare('UPDATE guardians SET account_id = ? WHERE account_id = ?');
  const copyChildren = db.prepare(
    `INSERT INTO account_students (account_id, student_id, confirmed_at)
     SELECT ?, student_id, confirmed_at FROM account_students WHERE account_id = ?
     ON CONFLICT DO NOTHING`,
  );
  const guardianOf = (accountId: string): number | null =>
    (firstGuardianOf.get(accountId) as { id: number } | undefined)?.id ?? null;

  /** Frees the identifier before the kept account takes it. */
  function retireLoser(loserId: string, identifier: string): void {
    const at = context.at.toISOString();
    retireHolder.run(freedIdentifier(loserId), at, identifier, at, loserId);
  }

  /**
   * Once the kept account is written: the guardian's rows and children go to it, the retired
   * account's logins end. Its own account.created, if still unpushed, goes up with the identifier
   * its journal event holds, and the hub records the conflict for the secretariat.
   */
  function relinkLoser(loserId: string, keptId: string, keptIdentifier: string): void {
    const guardianId = guardianOf(loserId);
    copyChildren.run(keptId, loserId);
    moveGuardians.run(keptId, loserId);
    const ended = context.endSessionsOf(loserId);
    context.audit('account.retired', guardianId ?? guardianOf(keptId), {
      accountId: loserId,
      keptAccountId: keptId,
      keptIdentifier,
      sessionsEnded: ended,
    });
  }

  return {
    'account.created'(change) {
      // The same account pulled again, or this kiosk's own: nothing more to do.
      if (existing.get(change.accountId)) return 'unchanged';
      // A local account with this identifier: both kiosks gave the guardian the hub's one
      // reservation while offline. The hub serves an account.created only for the account that
      // reached it first (hub/rules/account-created.ts), so the local one lost.
      const loser = holderOf.get(change.identifier) as string | undefined;
      if (loser !== undefined) retireLoser(loser, change.identifier);
      const guardianIds = change.guardians
        .map((ref) => context.guardianIdOf(ref))
        .filter((id): id is number => id !== undefined)
        .filter((id) => linkable.pluck().get(id) === 1);
      const studentIds = change.students
        .map((ref) => studentIdOf.pluck().get(ref.schoolUai, ref.sourceId) as number | undefined)
        .filter((id): id is number => id !== undefined);
      writeAccountRows(
        {
          id: change.accountId,
          identifier: change.identifier,
          firstName: change.firstName,
          passwordHash: change.passwordHash,
          mustChangePassword: change.mustChangePassword,
          guardianIds,
          studentIds,
        },
        context.at,
      );
      context.audit('account.created', guardianIds[0] ?? null, {
        accountId: change.accountId,
        identifier: change.identifier,
      });
      if (loser !== undefined) relinkLoser(loser, change.accountId, change.identifier);
      return 'applied';
    },

    'account.password-changed'(change) {
      const mustChange = change.mustChangePassword ? 1 : 0;
      const row = replaceHash.get(
        change.passwordHash,
        mustChange,
        context.at.toISOString(),
        change.accountId,
        change.passwordHash,
        mustChange,
      ) as { identifier: string } | undefined;
      if (!row) return 'unchanged';
      // As a local change (password-replacer.ts): the throttle forgotten, every login ended.
      liftThrottle.run(identifierKey(row.identifier));
      const ended = context.endSessionsOf(change.accountId);
      context.audit('account.password-changed', guardianOf(change.accountId), {
        accountId: change.accountId,
        otherSessionsEnded: ended,
      });
      return 'applied';
    },

    'account.retired'(change) {
      const at = context.at.toISOString();
      if (retire.run(at, change.keptIdentifier, at, change.accountId).changes === 0) {
        return 'unchanged';
      }
      const guardianId = guardianOf(change.accountId);
      // The guardian's rows and children go to the account that stays, when this kiosk has it.
      if (change.keptAccountId !== change.accountId && keptExists.get(change.keptAccountId)) {
        copyChildren.run(change.keptAccountId, change.accountId);
        moveGuardians.run(change.keptAccountId, change.accountId);
      }
      const ended = context.endSessionsOf(change.accountId);
      context.audit('account.retired', guardianId, {
        accountId: change.accountId,
        keptAccountId: change.keptAccountId,
        keptIdentifier: change.keptIdentifier,
        sessionsEnded: ended,
      });
      return 'applied';
    },
  };
}
