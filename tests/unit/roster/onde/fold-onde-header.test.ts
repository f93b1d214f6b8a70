import { describe, expect, it } from 'vitest';
import { foldOndeHeader } from '../../../../main/roster/onde/fold-onde-header';

describe('foldOndeHeader', () => {
  it('ignores case, accents, surrounding and repeated spaces, and curly apostrophes', () => {
    expect(foldOndeHeader(' Cycle')).toBe('cycle');
    expect(foldOndeHeader('Prénom élève')).toBe('prenom eleve');
    expect(foldOndeHeader('PRENOM  ELEVE ')).toBe('prenom eleve');
    expect(foldOndeHeader('Nom d’usage enfant')).toBe("nom d'usage enfant");
    expect(foldOndeHeader('Téléphone portable')).toBe('telephone portable');
  });
});
