import { describe, expect, it } from 'vitest';
import { identifierBase, identifierNumber } from '../../../shared/identifier-base';
import {
  HUB_NUMBERS,
  offlineNumbers,
  smallestFreeNumber,
} from '../../../shared/identifier-numbers';

describe('identifier numbers: disjoint spaces give disjoint identifiers (sync.md)', () => {
  it('a base never ends with a digit, so base and number split one way only', () => {
    expect(identifierBase({ firstName: 'Louis', lastName: 'Dupont2' })).toBe('louis.dupont2-');
    expect(identifierBase({ firstName: 'Louis', lastName: 'Dupont' })).toBe('louis.dupont');
    // Without the "-", "louis.dupont2" + 1 and "louis.dupont" + 21 would be the same identifier.
    expect(`${identifierBase({ firstName: 'Louis', lastName: 'Dupont2' })}1`).not.toBe(
      `${identifierBase({ firstName: 'Louis', lastName: 'Dupont' })}21`,
    );
  });

  it('reads the number back only from its own base', () => {
    expect(identifierNumber('patrick.dupont12', 'patrick.dupont')).toBe(12);
    expect(identifierNumber('patrick.dupont012', 'patrick.dupont')).toBeNull();
    expect(identifierNumber('patrick.duponte1', 'patrick.dupont')).toBeNull();
  });

  it("the hub's numbers and every kiosk's offline numbers never overlap", () => {
    const spaces = [HUB_NUMBERS, offlineNumbers(1), offlineNumbers(2), offlineNumbers(42)];
    for (const [i, a] of spaces.entries()) {
      for (const b of spaces.slice(i + 1)) expect(a.last < b.first || b.last < a.first).toBe(true);
    }
    expect(offlineNumbers(3)).toEqual({ first: 30_001, last: 39_999 });
    expect(() => offlineNumbers(0)).toThrow(RangeError);
  });

  it('takes the smallest free number of its space, and says when the space is full', () => {
    expect(smallestFreeNumber(new Set([1, 2, 4]), HUB_NUMBERS)).toBe(3);
    expect(smallestFreeNumber(new Set([30_001]), offlineNumbers(3))).toBe(30_002);
    expect(smallestFreeNumber(new Set([1, 2]), { first: 1, last: 2 })).toBeNull();
  });
});
