import { describe, expect, it } from 'vitest';
import { compactName, firstNameForms, foldName } from '../../../main/matching/fold-name';

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
