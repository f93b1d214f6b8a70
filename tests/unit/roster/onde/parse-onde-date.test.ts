import { describe, expect, it } from 'vitest';
import { parseOndeDate } from '../../../../main/roster/onde/parse-onde-date';

describe('parseOndeDate', () => {
  it('reads dd/mm/yyyy (current exports) and yyyy-mm-dd (older ones)', () => {
    expect(parseOndeDate('14/03/2016')).toBe('2016-03-14');
    expect(parseOndeDate(' 4/3/2016 ')).toBe('2016-03-04');
    expect(parseOndeDate('2016-03-14')).toBe('2016-03-14');
  });

  it('refuses dates that do not exist or are not in either format', () => {
    for (const raw of [
      '31/02/2018',
      '2018-13-02',
      '2018-02-30',
      '14.03.2016',
      '03/14/2016',
      '',
      '14/03/16',
      '01/01/1850',
    ]) {
      expect(parseOndeDate(raw), raw).toBeNull();
    }
  });
});
