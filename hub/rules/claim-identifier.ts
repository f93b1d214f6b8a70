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

/** A row of the group-wide `identifiers` table, as the push found it or has made it so far. */
export interface IdentifierHolder {
  schoolUai: string;
  guardianSourceId: string | null;
  accountId: string | null;
}

/** What claiming writes: a new row (an identifier of the kiosk's own block), or a reservation taken. */
export type IdentifierClaim =
  | { readonly kind: 'new'; readonly identifier: string; readonly holder: IdentifierHolder }
  | {
      readonly kind: 'reservation-taken';
      readonly identifier: string;
      readonly accountId: string;
      readonly guardianSourceId: string | null;
    };

export interface ClaimingKiosk {
  readonly schoolUai: string;
  readonly number: number;
}

// A base never ends with a digit (identifier-base.ts): the trailing digits are the number.
const NUMBER_AT_END = /^[^]*\D([1-9]\d*)$/u;

/**
 * Claims the account's identifier in the group: the hub's reservation for one of its guardians,
 * an identifier the kiosk claimed at enrolment (it ran alone before), or a new one from this
 * kiosk's own block (a roster imported offline). `holders` holds the rows of the identifiers
 * being claimed and is updated, so that the next account of the same push sees this claim.
 * Returns what to write, or null when the account already holds it.
 */
export function claimIdentifier(
  holders: Map<string, IdentifierHolder>,
  kiosk: ClaimingKiosk,
  account: AccountCreated,
): IdentifierClaim | null {
  const existing = holders.get(account.identifier);
  const firstGuardian = account.guardians[0]?.sourceId ?? null;
  if (!existing) {
    const number = Number(NUMBER_AT_END.exec(account.identifier)?.[1] ?? Number.NaN);
    const block = offlineNumbers(kiosk.number);
    if (!(number >= block.first && number <= block.last)) {
      throw new IdentifierClaimCollision(
        kiosk.schoolUai,
        account.accountId,
        `neither reserved nor in kiosk ${kiosk.number}'s block`,
      );
    }
    const holder = {
      schoolUai: kiosk.schoolUai,
      guardianSourceId: firstGuardian,
      accountId: account.accountId,
    };
    holders.set(account.identifier, holder);
    return { kind: 'new', identifier: account.identifier, holder: { ...holder } };
  }
  if (existing.accountId === account.accountId) return null;
  const free =
    existing.accountId === null &&
    existing.schoolUai === kiosk.schoolUai &&
    (existing.guardianSourceId === null ||
      account.guardians.some((g) => g.sourceId === existing.guardianSourceId));
  if (!free) {
    throw new IdentifierClaimCollision(
      kiosk.schoolUai,
      account.accountId,
      existing.accountId === null
        ? 'reserved for another guardian or school'
        : `already held by account ${existing.accountId}`,
    );
  }
  existing.accountId = account.accountId;
  existing.guardianSourceId ??= firstGuardian;
  return {
    kind: 'reservation-taken',
    identifier: account.identifier,
    accountId: account.accountId,
    guardianSourceId: firstGuardian,
  };
}
