import { describe, expect, it } from 'vitest';
import { parseTypedBirthDate } from '../../../main/flows/identity-checks/birth-date';

describe('typed birth date', () => {
  it.each([
    ['07/03/2014', '2014-03-07'],
    ['7/3/2014', '2014-03-07'],
    ['07032014', '2014-03-07'],
    [' 07 / 03 / 2014 ', '2014-03-07'],
    ['07-03-2014', '2014-03-07'],
    ['29/02/2012', '2012-02-29'],
  ])('%s → %s', (typed, expected) => {
    expect(parseTypedBirthDate(typed)).toBe(expected);
  });

  it.each(['31/02/2014', '29/02/2013', '00/01/2014', '12/13/2014', '2014-03-07', '7/3/14', ''])(
    'refuses %j (not a real jj/mm/aaaa date)',
    (typed) => {
      expect(parseTypedBirthDate(typed)).toBeNull();
    },
  );
});
