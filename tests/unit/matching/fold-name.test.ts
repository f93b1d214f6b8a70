import { describe, expect, it } from 'vitest';
import {
  compactName,
  firstNameForms,
  foldByNormalizing,
  foldName,
} from '../../../shared/fold-name';

describe('name folding (S-ENUM-2)', () => {
  it('keeps the folded key format the roster stores', () => {
    expect(foldName('  Lefèvre-d’Arc ')).toBe('lefevre d arc');
  });

  it('folds plain and accented names alike, however they are spaced', () => {
    expect(foldName('DUPONT')).toBe('dupont');
    expect(foldName('Jean Pierre')).toBe('jean pierre');
    expect(foldName(' Jean  Pierre ')).toBe('jean pierre');
    expect(foldName('JOSÉ')).toBe(foldName('Jose'));
    expect(foldName('Œdipe')).toBe('oedipe');
  });

  it('folds every character, and any mix of them, exactly as Unicode normalisation does', () => {
    const chars = [
      ...Array.from({ length: 0x300 }, (_, code) => String.fromCharCode(code)),
      ...Array.from({ length: 0x70 }, (_, i) => String.fromCharCode(0x2000 + i)),
      '\u0301', // a combining accent on its own
      'Σ', // Greek capital sigma: lower case depends on the letters around it
      'ǆ',
      '😀',
    ];
    for (const char of chars)
      expect(foldName(char), `U+${char.codePointAt(0)}`).toBe(foldByNormalizing(char));
    // Names of mostly the characters French names use, now and then another: a seeded
    // generator, the same strings on every run.
    const common = chars.filter((char) => (char.codePointAt(0) ?? 0) < 0x180);
    let seed = 42;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    const pick = () =>
      next() % 20 === 0 ? chars[next() % chars.length] : common[next() % common.length];
    for (let n = 0; n < 20_000; n++) {
      const name = Array.from({ length: 1 + (next() % 12) }, pick).join('');
      expect(foldName(name), JSON.stringify(name)).toBe(foldByNormalizing(name));
    }
  });

  it('S-ENUM-2 compacts away every separator, even a missing one', () => {
    expect(compactName("D'Arc")).toBe('darc');
    expect(compactName('DARC')).toBe('darc');
    expect(compactName('O’Neil')).toBe('oneil');
    expect(compactName('Le Gall')).toBe(compactName('LEGALL'));
    expect(compactName('le gall')).toBe('legall'); // an already folded key
  });

  it('S-ENUM-2 gives every leading run of the first names, compacted', () => {
    expect(firstNameForms('Jean-Pierre Marie')).toEqual(['jean', 'jeanpierre', 'jeanpierremarie']);
    expect(firstNameForms('hélène marie')).toEqual(['helene', 'helenemarie']);
    expect(firstNameForms('  ')).toEqual([]);
  });
});
