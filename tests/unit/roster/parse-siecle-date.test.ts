import { describe, expect, it } from 'vitest';
import { parseSiecleDate } from '../../../main/roster/siecle/parse-siecle-date';

describe('parseSiecleDate', () => {
  it('turns dd/mm/yyyy into YYYY-MM-DD', () => {
    expect(parseSiecleDate('22/12/2004')).toBe('2004-12-22');
    expect(parseSiecleDate('1/2/2013')).toBe('2013-02-01');
    expect(parseSiecleDate('29/02/2012')).toBe('2012-02-29');
    expect(parseSiecleDate('29/02/2000')).toBe('2000-02-29');
    expect(parseSiecleDate('31/12/1999')).toBe('1999-12-31');
  });

  it('rejects impossible or differently written dates', () => {
    for (const raw of [
      '31/02/2014',
      '29/02/2013',
      '29/02/1900',
      '31/04/2015',
      '01/01/1899',
      '2012-03-14',
      '14/13/2012',
      '',
      '00/01/2012',
    ]) {
      expect(parseSiecleDate(raw), raw).toBeNull();
    }
  });
});
