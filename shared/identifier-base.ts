import { foldName } from './fold-name';

// Separators foldName turns into spaces but an identifier drops: "d'Arcy" is "darcy", not
// "d-arcy". Only spaces and hyphens become the identifier's "-".
const DROPPED_SEPARATORS = /['’‘`´.,‐‑‒–—]/gu;

/**
 * One name part of an identifier: foldName's case, accent and ligature folding, then spaces and
 * hyphens to "-", anything else than [a-z0-9-] dropped ("d'Arcy" → "darcy", "Jean Pierre" →
 * "jean-pierre").
 */
export function identifierPart(raw: string): string {
  return foldName(raw.replace(DROPPED_SEPARATORS, ''))
    .replace(/ /gu, '-')
    .replace(/[^a-z0-9-]/gu, '')
    .replace(/-{2,}/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/**
 * "patrick.dupont": the identifier before its number. A base never ends with a digit (a name
 * ending in one gets a "-"), so an identifier splits into base and number one way only, and
 * disjoint number spaces give disjoint identifiers (identifier-numbers.ts).
 */
export function identifierBase(name: { firstName: string; lastName: string }): string {
  const parts = [identifierPart(name.firstName), identifierPart(name.lastName)].filter(
    (part) => part !== '',
  );
  // A name written only in a non-Latin script folds to nothing; the number still makes it unique.
  const base = parts.length > 0 ? parts.join('.') : 'parent';
  return /\d$/u.test(base) ? `${base}-` : base;
}

/** The number an identifier ends with, when it is base + number (no leading zero). */
export function identifierNumber(identifier: string, base: string): number | null {
  if (!identifier.startsWith(base)) return null;
  const digits = identifier.slice(base.length);
  return /^[1-9]\d*$/u.test(digits) ? Number(digits) : null;
}
