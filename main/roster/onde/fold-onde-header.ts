/**
 * An ONDE column name as compared: lower-case, accents removed, typographic apostrophes made
 * straight, inner spaces collapsed and surrounding spaces stripped (one real export has
 * " Cycle"). "Prénom élève" → "prenom eleve", "Nom d’usage enfant" → "nom d'usage enfant".
 */
export function foldOndeHeader(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}
