import type { KioskDatabase } from '../database/open-database';

/** States in which a flow still holds its reserved identifier. */
const CLOSED_FLOW_STATES = ['ended', 'done', 'already-activated'] as const;

/**
 * One name part of an identifier: lower case, accents folded, spaces to "-", anything else
 * than [a-z0-9-] dropped ("d'Arcy" → "darcy", "Jean Pierre" → "jean-pierre").
 */
export function identifierPart(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/æ/gu, 'ae')
    .replace(/œ/gu, 'oe')
    .replace(/ß/gu, 'ss')
    .trim()
    .replace(/\s+/gu, '-')
    .replace(/[^a-z0-9-]/gu, '')
    .replace(/-{2,}/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** "patrick.dupont": the identifier before its number. */
export function identifierBase(name: { firstName: string; lastName: string }): string {
  const parts = [identifierPart(name.firstName), identifierPart(name.lastName)].filter(
    (part) => part !== '',
  );
  // A name written only in a non-Latin script folds to nothing; the number still makes it unique.
  return parts.length > 0 ? parts.join('.') : 'parent';
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\-]/gu, '\\$&');

/**
 * Picks the identifier for a new account: base + the smallest n ≥ 1 not taken by an account or
 * reserved by another open flow ("patrick.dupont1", then "patrick.dupont2"). Call it inside the
 * transaction that stores the reservation. The only allocation point: a later version replaces
 * it with an allocation that is unique across kiosks.
 */
export function allocateIdentifier(
  db: KioskDatabase,
  name: { firstName: string; lastName: string },
): string {
  const base = identifierBase(name);
  // Identifiers only hold [a-z0-9.-] (all below 0x7f), so this range is exactly "starts with
  // base" and both queries use an index (accounts' UNIQUE, flows_by_reserved_identifier).
  const upper = `${base}\u007f`;
  const taken = db
    .prepare(
      `SELECT identifier AS value FROM accounts WHERE identifier >= ? AND identifier < ?
       UNION
       SELECT reserved_identifier AS value FROM flows
        WHERE reserved_identifier >= ? AND reserved_identifier < ?
          AND state NOT IN (${CLOSED_FLOW_STATES.map(() => '?').join(', ')})`,
    )
    .all(base, upper, base, upper, ...CLOSED_FLOW_STATES) as { value: string }[];
  const pattern = new RegExp(`^${escapeRegExp(base)}(\\d+)$`, 'u');
  const used = new Set<number>();
  for (const { value } of taken) {
    const match = pattern.exec(value);
    if (match?.[1] && !match[1].startsWith('0')) used.add(Number(match[1]));
  }
  let n = 1;
  while (used.has(n)) n += 1;
  return `${base}${n}`;
}
