import type { KioskDatabase } from '../database/open-database';
import { OPEN_FLOW_SQL } from '../database/open-flows-sql';
import { identifierBase } from '../../shared/identifier-base';

// Not "-": outside a class, "\-" is an invalid escape under the u flag ("jean-pierre.martin").
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Picks the identifier for a new account: base + the smallest n ≥ 1 not taken by an account or
 * reserved by another open flow ("patrick.dupont1", then "patrick.dupont2"). Call it inside the
 * transaction that stores the reservation. The only allocation point: a later version replaces
 * it with an allocation that is unique across kiosks.
 */
export function createIdentifierAllocator(db: KioskDatabase) {
  // Identifiers only hold [a-z0-9.-] (all below 0x7f), so the range [base, base + 0x7f) is
  // exactly "starts with base" and both halves use an index (accounts' UNIQUE,
  // flows_by_reserved_identifier).
  const taken = db.prepare(
    `SELECT identifier AS value FROM accounts WHERE identifier >= ? AND identifier < ?
     UNION
     SELECT reserved_identifier AS value FROM flows
      WHERE reserved_identifier >= ? AND reserved_identifier < ? AND ${OPEN_FLOW_SQL}`,
  );

  return function allocateIdentifier(name: { firstName: string; lastName: string }): string {
    const base = identifierBase(name);
    const upper = `${base}\u007f`;
    const rows = taken.all(base, upper, base, upper) as { value: string }[];
    const pattern = new RegExp(`^${escapeRegExp(base)}(\\d+)$`, 'u');
    const used = new Set<number>();
    for (const { value } of rows) {
      const match = pattern.exec(value);
      if (match?.[1] && !match[1].startsWith('0')) used.add(Number(match[1]));
    }
    let n = 1;
    while (used.has(n)) n += 1;
    return `${base}${n}`;
  };
}

export type IdentifierAllocator = ReturnType<typeof createIdentifierAllocator>;
