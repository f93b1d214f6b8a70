// Which numbers an identifier may end with, by who allocates it (docs/developers/sync.md,
// "Identifiers"). The spaces are disjoint, so two allocators never give the same identifier,
// however long they have been apart.

/** Numbers the hub gives when it reserves identifiers for a synced roster: 1 to 9,999. */
export const HUB_NUMBERS = { first: 1, last: 9_999 } as const;

/** Numbers a kiosk alone (never enrolled) gives: from 1, as before any hub. */
export const STANDALONE_FIRST_NUMBER = 1;

/**
 * Numbers an enrolled kiosk gives, while it has no reservation for the guardian (a roster imported
 * offline): its own block of 10,000 after the hub's, e.g. kiosk 3 gives 30,001 to 39,999.
 */
export function offlineNumbers(kioskNumber: number): { first: number; last: number } {
  if (!Number.isInteger(kioskNumber) || kioskNumber < 1) {
    throw new RangeError(`kiosk number must be a positive integer, got ${kioskNumber}`);
  }
  return { first: kioskNumber * 10_000 + 1, last: kioskNumber * 10_000 + 9_999 };
}

/** The smallest number in [first, last] not in `used`, or null when the space is full. */
export function smallestFreeNumber(
  used: ReadonlySet<number>,
  space: { first: number; last: number },
): number | null {
  for (let n = space.first; n <= space.last; n += 1) if (!used.has(n)) return n;
  return null;
}
