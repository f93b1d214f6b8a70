import type { KioskDatabase } from '../database/open-database';
import { OPEN_FLOW_SQL } from '../database/open-flows-sql';
import { identifierBase, identifierNumber } from '../../shared/identifier-base';
import {
  offlineNumbers,
  smallestFreeNumber,
  STANDALONE_FIRST_NUMBER,
} from '../../shared/identifier-numbers';

/** Numbers a kiosk never enrolled gives: from 1, as before any hub, with no upper bound. */
const STANDALONE_NUMBERS = { first: STANDALONE_FIRST_NUMBER, last: Number.MAX_SAFE_INTEGER };

/**
 * Picks the identifier for a new account (docs/developers/sync.md, "Identifiers"):
 * 1. the identifier the hub reserved for one of the guardian's rows, unless an account holds it;
 * 2. on a kiosk enrolled in a hub, base + the smallest free number of its own block
 *    (offlineNumbers: kiosk 3 gives 30,001 to 39,999), so no other kiosk can give the same;
 * 3. on a kiosk never enrolled, base + the smallest free n ≥ 1, as before any hub.
 * "Free": not an account's, not reserved by the hub for someone else, not held by another open
 * flow. Call it inside the transaction that stores the flow's reservation.
 */
export function createIdentifierAllocator(db: KioskDatabase) {
  // Identifiers only hold [a-z0-9.-] (all below 0x7f), so the range [base, base + 0x7f) is
  // exactly "starts with base" and every part uses an index (accounts' UNIQUE,
  // flows_by_reserved_identifier, identifier_reservations' UNIQUE).
  const taken = db
    .prepare(
      `SELECT identifier AS value FROM accounts WHERE identifier >= @lower AND identifier < @upper
       UNION
       SELECT reserved_identifier AS value FROM flows
        WHERE reserved_identifier >= @lower AND reserved_identifier < @upper AND ${OPEN_FLOW_SQL}
       UNION
       SELECT identifier AS value FROM identifier_reservations
        WHERE identifier >= @lower AND identifier < @upper`,
    )
    .pluck();
  const reservationOf = db
    .prepare(
      `SELECT r.identifier FROM guardians g
         JOIN identifier_reservations r
           ON r.school_uai = g.school_uai AND r.guardian_source_id = g.source_id
        WHERE g.id IN (SELECT value FROM json_each(?))
          AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.identifier = r.identifier)
        ORDER BY g.id LIMIT 1`,
    )
    .pluck();
  const kioskNumber = db.prepare('SELECT kiosk_number FROM hub_link WHERE id = 1').pluck();

  return function allocateIdentifier(
    name: { firstName: string; lastName: string },
    guardianIds: readonly number[],
  ): string {
    const reserved = reservationOf.get(JSON.stringify(guardianIds)) as string | undefined;
    if (reserved !== undefined) return reserved;
    const base = identifierBase(name);
    const used = new Set<number>();
    for (const value of taken.all({ lower: base, upper: `${base}\u007f` }) as string[]) {
      const n = identifierNumber(value, base);
      if (n !== null) used.add(n);
    }
    const enrolledAs = kioskNumber.get() as number | undefined;
    const space = enrolledAs === undefined ? STANDALONE_NUMBERS : offlineNumbers(enrolledAs);
    const n = smallestFreeNumber(used, space);
    // 9,999 homonyms given offline by one kiosk: nothing left that no other kiosk may give.
    if (n === null) throw new Error(`No identifier number left for ${base} on this kiosk`);
    return `${base}${n}`;
  };
}

export type IdentifierAllocator = ReturnType<typeof createIdentifierAllocator>;
