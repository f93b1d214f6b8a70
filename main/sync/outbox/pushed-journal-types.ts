// Which journal events go up to the hub (docs/developers/sync.md, "What goes up"). Anything else
// is this kiosk's own housekeeping (roster.purged, the desk's mobile-correction reviews…) and is
// acknowledged without being sent. account.issued-at-desk is not sent on its own: the
// account.created written in the same transaction carries the must-change flag, read at push time.
export const PUSHED_JOURNAL_TYPES = [
  'account.created',
  'account.password-changed',
  'guardian.locked',
  'guardian.unlocked',
  'guardian.mobile-corrected',
  'wrong-link.reported',
  'wrong-link.handled',
  'roster.imported',
] as const;

export type PushedJournalType = (typeof PUSHED_JOURNAL_TYPES)[number];

/** `type IN ('account.created', …)`, written out so SQLite plans it as constants. */
export const PUSHED_TYPES_SQL = `(${PUSHED_JOURNAL_TYPES.map((type) => `'${type}'`).join(', ')})`;

export const isPushedJournalType = (type: string): type is PushedJournalType =>
  (PUSHED_JOURNAL_TYPES as readonly string[]).includes(type);
