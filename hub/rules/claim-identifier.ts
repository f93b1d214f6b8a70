import type { PushContext } from '../sync/push-context';
import type { SyncedChange } from '../../shared/sync/sync-protocol';
import { offlineNumbers } from '../../shared/identifier-numbers';

type AccountCreated = Extract<SyncedChange, { type: 'account.created' }>;

/**
 * An account's identifier that is already someone else's in the group. Disjoint number spaces make
 * it impossible (sync.md, "Identifiers"); if it ever happens it is a bug, and the whole push rolls
 * back (the hub answers 500 and logs this) rather than applying half a batch. The one legitimate
 * reuse — the same guardian given the hub's one reservation at two offline kiosks — never gets
 * here: account-created.ts retires the newcomer in favour of the kept account first.
 */
export class IdentifierClaimCollision extends Error {
  constructor(schoolUai: string, accountId: string, reason: string) {
    super(`Identifier of account ${accountId} (school ${schoolUai}) cannot be claimed: ${reason}`);
    this.name = 'IdentifierClaimCollision';
  }
}

interface IdentifierRow {
  school_uai: string;
  guardian_source_id: string | null;
  account_id: string | null;
}

// A base never ends with a digit (identifier-base.ts): the trailing digits are the number.
const NUMBER_AT_END = /^[^]*\D([1-9]\d*)$/u;

/**
 * Puts the account's identifier in the group-wide `identifiers` table: the hub's reservation for
 * one of its guardians, an identifier the kiosk claimed at enrolment (it ran alone before), or a
 * new one from this kiosk's own block (a roster imported offline).
 */
export async function claimIdentifier(
  context: PushContext,
  account: AccountCreated,
): Promise<void> {
  const { rows } = await context.db.query<IdentifierRow>(
    `SELECT school_uai, guardian_source_id, account_id FROM identifiers
      WHERE identifier = $1 FOR UPDATE`,
    [account.identifier],
  );
  const existing = rows[0];
  const guardianIds = account.guardians.map((g) => g.sourceId);
  if (!existing) {
    const number = Number(NUMBER_AT_END.exec(account.identifier)?.[1] ?? Number.NaN);
    const block = offlineNumbers(context.kioskNumber);
    if (!(number >= block.first && number <= block.last)) {
      throw new IdentifierClaimCollision(
        context.schoolUai,
        account.accountId,
        `neither reserved nor in kiosk ${context.kioskNumber}'s block`,
      );
    }
    await context.db.query(
      `INSERT INTO identifiers (identifier, school_uai, guardian_source_id, account_id, origin)
       VALUES ($1, $2, $3, $4, 'kiosk')`,
      [account.identifier, context.schoolUai, guardianIds[0] ?? null, account.accountId],
    );
    return;
  }
  if (existing.account_id === account.accountId) return;
  const free =
    existing.account_id === null &&
    existing.school_uai === context.schoolUai &&
    (existing.guardian_source_id === null || guardianIds.includes(existing.guardian_source_id));
  if (!free) {
    throw new IdentifierClaimCollision(
      context.schoolUai,
      account.accountId,
      existing.account_id === null
        ? 'reserved for another guardian or school'
        : `already held by account ${existing.account_id}`,
    );
  }
  await context.db.query(
    `UPDATE identifiers
        SET account_id = $2, guardian_source_id = COALESCE(guardian_source_id, $3)
      WHERE identifier = $1`,
    [account.identifier, account.accountId, guardianIds[0] ?? null],
  );
}
