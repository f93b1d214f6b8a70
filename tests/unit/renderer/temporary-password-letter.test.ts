import { describe, expect, it } from 'vitest';
import { createKioskI18n } from '../../../renderer/src/i18n';
import {
  buildTemporaryPasswordLetter,
  letterDocument,
} from '../../../renderer/src/desk/temporary-password-letter';
import type { IssuedIdentifier } from '../../../shared/desk-view';

const t = createKioskI18n().global.t as unknown as (key: string, ...args: unknown[]) => string;

const issued: IssuedIdentifier = {
  identifier: 'patrick.dupont1',
  temporaryPassword: 'k7mp-x3rt-h9wd-f4ae',
  guardianFirstName: 'Patrick',
  guardianFamilyName: 'DUPONT',
  childrenFirstNames: ['Hugo', 'Léa'],
  schoolName: 'Collège Jean Moulin',
  loginUrl: 'https://ent.college-jean-moulin.fr',
  issuedAt: '2025-10-06T22:30:00.000Z',
};

const textOf = (letter: ReturnType<typeof buildTemporaryPasswordLetter>) =>
  letter.blocks
    .map((b) => (b.kind === 'credential' ? `${b.label}: ${b.value}` : b.text))
    .join('\n');

describe('the temporary-password letter', () => {
  it('gives the identifier, the temporary password and how to log in, in French', () => {
    const text = textOf(buildTemporaryPasswordLetter(t, issued));
    expect(text).toContain('Collège Jean Moulin');
    expect(text).toContain('Bonjour Patrick DUPONT,');
    expect(text).toContain('responsable légal pour Hugo et Léa');
    expect(text).toContain('Identifiant: patrick.dupont1');
    expect(text).toContain('Mot de passe provisoire: k7mp-x3rt-h9wd-f4ae');
    expect(text).toContain('choisissez votre propre mot de passe : au moins 12 caractères');
    // The seed's words for next time.
    expect(text).toContain('Et à la prochaine connexion ?');
    expect(text).toContain(
      "Une fois arrivé(e) sur la page d'authentification, il suffira de renseigner l'identifiant et le mot de passe.",
    );
  });

  it('says where to log in: the address set in Réglages, then the steps', () => {
    const letter = buildTemporaryPasswordLetter(t, issued);
    const text = textOf(letter);
    expect(text).toContain('Où vous connecter');
    expect(letter.blocks).toContainEqual({
      kind: 'address',
      text: 'https://ent.college-jean-moulin.fr',
    });
    expect(text).toMatch(/ouvrez un navigateur internet et saisissez cette adresse :\n/u);
    expect(text).toContain('renseignez l’identifiant et le mot de passe ci-dessus');
    // Printed as text to type, never a link.
    const html = letterDocument(letter);
    expect(html).toContain('<p class="letter__address">https://ent.college-jean-moulin.fr</p>');
    expect(html).not.toMatch(/href=/u);
  });

  it('without the address, says to ask the secretariat for it rather than leaving a blank', () => {
    const text = textOf(buildTemporaryPasswordLetter(t, { ...issued, loginUrl: null }));
    expect(text).toContain(
      'Demandez au secrétariat de l’établissement l’adresse de la page d’authentification',
    );
    expect(text).not.toContain('saisissez cette adresse');
    expect(text).not.toMatch(/https?:/u);
  });

  it('dates the letter in Paris time (late evening UTC is already the next day)', () => {
    const text = textOf(buildTemporaryPasswordLetter(t, issued));
    expect(text).toContain('Le 7 octobre 2025');
    expect(text).toContain('Lettre remise par le secrétariat le 7 octobre 2025.');
  });

  it('is a standalone document: escaped, no script, no outside resource, one A4 page', () => {
    const html = letterDocument(
      buildTemporaryPasswordLetter(t, {
        ...issued,
        guardianFamilyName: 'DUPONT<script>',
        schoolName: null,
      }),
    );
    expect(html).toMatch(/^<!doctype html>/u);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('DUPONT&lt;script&gt;');
    expect(html).not.toMatch(/<script|src=|href=|url\(/u);
    expect(html).toContain('<h1>Vos identifiants</h1>');
    expect(html).toContain('<p class="letter__value">k7mp-x3rt-h9wd-f4ae</p>');
  });
});
