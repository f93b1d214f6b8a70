// An account that lost its identifier to another account of the same guardian (both kiosks gave
// the hub's one reservation while offline: docs/developers/sync.md, "Conflicts") keeps its row,
// retired, but must free the identifier: the column is UNIQUE and the kept account takes it.
// What it holds instead can never be typed (login lowercases what is typed, this has capitals)
// nor pushed (the wire's identifier allows neither capitals nor ':').

export const FREED_IDENTIFIER_PREFIX = 'RETIRED:';

export const freedIdentifier = (accountId: string): string =>
  `${FREED_IDENTIFIER_PREFIX}${accountId}`;
