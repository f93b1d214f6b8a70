/**
 * Folds a name for tolerant comparison (S-ENUM-2): case, accents, extra spaces, hyphens vs
 * spaces and apostrophes do not matter; letters do. "  Lefèvre-d’Arc " → "lefevre d arc".
 */
export function foldName(raw: string): string {
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
