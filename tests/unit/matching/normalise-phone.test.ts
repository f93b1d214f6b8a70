import { describe, expect, it } from 'vitest';
import { maskPhone, normalisePhone } from '../../../main/matching/normalise-phone';
import { foldName } from '../../../shared/fold-name';

describe('phone numbers (S-ENUM-2)', () => {
  it.each(['06 12 34 56 78', '0612345678', '+33 6 12 34 56 78', '0033612345678', '06.12.34.56.78'])(
    'reads %s as +33612345678',
    (typed) => expect(normalisePhone(typed)).toBe('+33612345678'),
  );

  it('reads overseas numbers typed in national form', () => {
    expect(normalisePhone('0692 12 34 56')).toBe('+262692123456');
  });

  it('refuses what is not a phone number', () => {
    expect(normalisePhone('06 12')).toBeNull();
    expect(normalisePhone('bonjour')).toBeNull();
    expect(normalisePhone('')).toBeNull();
  });

  it('masks a number for the screen (S-KIOSK-3)', () => {
    expect(maskPhone('+33612345678')).toBe('06 •• •• •• 78');
  });
});

describe('names (S-ENUM-2)', () => {
  it('ignores case, accents, hyphens, apostrophes and extra spaces', () => {
    expect(foldName('  LEFÈVRE-d’Arc ')).toBe(foldName("lefevre d'arc"));
    expect(foldName('Zoé')).toBe('zoe');
  });

  it('still tells different names apart', () => {
    expect(foldName('Martin')).not.toBe(foldName('Martine'));
  });
});
