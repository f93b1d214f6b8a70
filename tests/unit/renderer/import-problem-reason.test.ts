import { describe, expect, it } from 'vitest';
import { frenchImportReason } from '../../../renderer/src/format/import-problem-reason';
import { createKioskI18n } from '../../../renderer/src/i18n';

const t = createKioskI18n().global.t as (key: string, ...args: unknown[]) => string;

describe('the French reasons of the import preview', () => {
  it('says in French what the engine found, with the names and school ids it gave', () => {
    expect(
      frenchImportReason(
        t,
        'the files come from two schools: eleves.xml is for 0660864F, responsables.xml for 0140070A',
      ),
    ).toBe(
      'Les fichiers viennent de deux établissements : eleves.xml est celui de 0660864F, responsables.xml celui de 0140070A.',
    );
    expect(
      frenchImportReason(t, 'not well-formed XML: unexpected close tag; <X> opened on line 134'),
    ).toBe('Le fichier est abîmé ou a été modifié : une balise XML est mal écrite.');
    expect(frenchImportReason(t, 'student has no first name (PRENOM)')).toBe('Élève sans prénom.');
    expect(
      frenchImportReason(
        t,
        '"075123" is not a school id (UAI: 7 digits and a letter, e.g. 0751234A)',
      ),
    ).toBe(
      'Le numéro UAI saisi pour l’école n’est pas valable : 7 chiffres et une lettre, par exemple 0751234A.',
    );
  });

  it('says in French why a legal guardian of the export cannot activate by SMS, as SIECLE and ONDE word it', () => {
    const deskHelp =
      'il ne pourra pas activer son compte par SMS. Au secrétariat, enregistrez son portable ou remettez-lui un identifiant.';
    expect(
      frenchImportReason(
        t,
        'no mobile number (TEL_PORTABLE empty, TEL_PERSONNEL not a mobile): this legal guardian cannot activate by SMS',
      ),
    ).toBe(`Représentant légal sans numéro de portable : ${deskHelp}`);
    expect(
      frenchImportReason(
        t,
        '"Téléphone portable" is not a valid phone number: this legal guardian cannot activate by SMS',
      ),
    ).toBe(`Représentant légal dont le numéro de portable n’est pas valide : ${deskHelp}`);
    expect(
      frenchImportReason(
        t,
        'TEL_PORTABLE is not a mobile number: this legal guardian cannot activate by SMS',
      ),
    ).toBe(`Représentant légal dont le numéro « portable » est un fixe : ${deskHelp}`);
  });

  it('leaves an unknown reason to the English detail', () => {
    expect(frenchImportReason(t, 'something the engine says one day')).toBeNull();
  });
});
