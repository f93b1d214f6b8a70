const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * Folds a name for tolerant comparison (S-ENUM-2): case, accents, extra spaces, hyphens vs
 * spaces and apostrophes do not matter; letters do. "  Lefèvre-d’Arc " → "lefevre d arc".
 */
export function foldName(raw: string): string {
  // Most names are plain ASCII words: nothing to fold but the case (an import folds millions).
  if (PLAIN_WORDS.test(raw)) return raw.toLowerCase();
  return raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // combining accents
    .replace(/æ/giu, 'ae')
    .replace(/œ/giu, 'oe')
    .replace(/ß/gu, 'ss')
    .toLowerCase()
    .replace(/[\s\-‐‑‒–—'’‘`´.,]+/gu, ' ')
    .trim();
}

/**
 * A folded name with every separator removed, for comparison only (S-ENUM-2): a missing
 * apostrophe, space or hyphen does not matter. "D'Arc", "d arc" and "DARC" → "darc";
 * "Le Gall" and "LEGALL" → "legall". Also takes an already folded key.
 */
export function compactName(raw: string): string {
  return foldName(raw).replace(/ /gu, '');
}

/**
 * The ways a first name may be typed (S-ENUM-2), compacted: every leading run of its words,
 * words being what foldName separates (spaces, hyphens, apostrophes). "Jean-Pierre Marie" →
 * ["jean", "jeanpierre", "jeanpierremarie"], so "Jean-Pierre", "JEANPIERRE" and the whole name
 * are accepted (and "Jean", as before), while "Marie" or "Pierre" alone are not. Takes a raw
 * name or its folded key.
 */
export function firstNameForms(firstNames: string): string[] {
  const words = foldName(firstNames)
    .split(' ')
    .filter((word) => word !== '');
  return words.map((_, index) => words.slice(0, index + 1).join(''));
}
