const SEPARATOR = /[\s\-‐‑‒–—'’‘`´.,]/u;

/**
 * Folds a name for tolerant comparison (S-ENUM-2): case, accents, extra spaces, hyphens vs
 * spaces and apostrophes do not matter; letters do. "  Lefèvre-d’Arc " → "lefevre d arc".
 */
export function foldName(raw: string): string {
  return foldByTable(raw) ?? foldByNormalizing(raw);
}

/** foldName by Unicode normalisation: the definition, for any text. */
export function foldByNormalizing(raw: string): string {
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

// What each character of French names (ASCII, Latin-1, Latin Extended-A, typographic dashes
// and quotes) folds to on its own, worked out once by foldByNormalizing: an import folds
// millions of names, which a table does several times faster than normalising each.
const FOLDS_TO_SEPARATOR = ' ';
const TABLE_CODES = [
  ...Array.from({ length: 0x180 }, (_, code) => code),
  ...Array.from({ length: 0x2019 - 0x2010 + 1 }, (_, i) => 0x2010 + i),
];
const FOLDED: Array<string | undefined> = [];
for (const code of TABLE_CODES) {
  const char = String.fromCharCode(code);
  const decomposed = char.normalize('NFKD').replace(/\p{M}+/gu, '');
  if (SEPARATOR.test(decomposed) && [...decomposed].every((c) => SEPARATOR.test(c))) {
    FOLDED[code] = FOLDS_TO_SEPARATOR;
    continue;
  }
  const folded = foldByNormalizing(char);
  // Characters that fold to nothing, or to something holding a separator, stay with the
  // normalising fold, which sees them in context.
  if (folded !== '' && ![...decomposed].some((c) => SEPARATOR.test(c))) FOLDED[code] = folded;
}

/** foldName through the table, or null when a character is not in it. */
function foldByTable(raw: string): string | null {
  let folded = '';
  let separated = false;
  for (let i = 0; i < raw.length; i++) {
    const char = FOLDED[raw.charCodeAt(i)];
    if (char === undefined) return null;
    if (char === FOLDS_TO_SEPARATOR) {
      separated = true;
      continue;
    }
    if (separated && folded !== '') folded += ' ';
    separated = false;
    folded += char;
  }
  return folded;
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
