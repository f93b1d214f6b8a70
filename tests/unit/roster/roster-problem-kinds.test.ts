// Issue 11 item 4: the console's import preview says every problem in French. Every kind of
// problem has its sentence in the catalogue, and every reason the engine can write (read from
// main/roster's source, so a new one cannot be forgotten) is of a kind.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frenchImportReason } from '../../../renderer/src/format/import-problem-reason';
import { createKioskI18n } from '../../../renderer/src/i18n';
import { fr } from '../../../renderer/src/i18n/fr';
import { classifyRosterProblem, ROSTER_PROBLEM_KINDS } from '../../../shared/roster-problem-kinds';
import { rosterProblemReasonsInSource } from './support/roster-problem-reasons-in-source';

const t = createKioskI18n().global.t as (key: string, ...args: unknown[]) => string;
const sentences: Record<string, string | undefined> = fr.console.import.reasons;
const reasons = rosterProblemReasonsInSource(resolve(__dirname, '../../..'));

describe('the French sentence of every roster problem', () => {
  it('reads the engine’s reasons from its source (SIECLE, ONDE and the staging checks)', () => {
    const places = new Set(reasons.map((r) => r.at.split(':')[0]));
    expect(reasons.length).toBeGreaterThan(80);
    for (const file of [
      'main/roster/onde/read-onde-students.ts',
      'main/roster/onde/link-onde-children.ts',
      'main/roster/siecle/collect-siecle-students.ts',
      'main/roster/siecle/open-siecle-zip.ts',
      'main/roster/staging/check-staged-roster.ts',
    ]) {
      expect(places).toContain(file);
    }
  });

  it('has a French sentence for every kind of problem', () => {
    const missing = ROSTER_PROBLEM_KINDS.map((k) => k.kind).filter(
      (kind) => (sentences[kind] ?? '').trim() === '',
    );
    expect(missing).toEqual([]);
  });

  it('knows the kind of every reason the engine writes', () => {
    const unknown = reasons.filter((r) => classifyRosterProblem(r.text) === null);
    expect(unknown.map((r) => `${r.at}: ${r.text}`)).toEqual([]);
  });

  it('says every reason in a French sentence with its values filled in', () => {
    for (const { at, text } of reasons) {
      const french = frenchImportReason(t, text);
      expect(french, `${at}: ${text}`).toMatch(/\S/);
      expect(french, `${at}: ${text}`).not.toMatch(/[{}]|console\.import|\b(the|is|of|and|file)\b/);
    }
  });

  it('names what the reason names: an unknown ONDE column, a duplicate line', () => {
    expect(
      frenchImportReason(
        t,
        'unknown column "Nom usuel élève" in the students export: not read (check that the file is an ONDE export)',
      ),
    ).toBe(
      'La colonne « Nom usuel élève » n’est pas une colonne connue de ONDE : elle n’est pas lue. Vérifiez que le fichier est bien un export ONDE.',
    );
    expect(
      frenchImportReason(
        t,
        'the same pupil (names and birth date) is already on line 4: remove the duplicate row',
      ),
    ).toBe(
      'Le même élève (noms et date de naissance) figure déjà ligne 4 : supprimez la ligne en double.',
    );
  });
});
