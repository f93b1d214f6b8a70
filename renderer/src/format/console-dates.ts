// Dates in the console: French display of stored instants, and the audit filter's days
// ("jj/mm/aaaa", typed on the kiosk keyboard, in the kiosk's local time) as instants.

const DATE_TIME = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });

/** "2 déc. 2026, 09:15" */
export const formatDateTime = (iso: string): string => DATE_TIME.format(new Date(iso));

/** "2 décembre 2026" */
export const formatDate = (iso: string): string => DATE.format(new Date(iso));

/** The local midnight starting the day typed as "jj/mm/aaaa", or null when it is no real day. */
export function localDayStart(typed: string): Date | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/u.exec(typed.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    ? date
    : null;
}

export type DayRange =
  { ok: true; from?: string; to?: string } | { ok: false; field: 'from' | 'to' };

/** "du" and "au" days (both included, either may be empty) as [from, to) instants. */
export function dayRange(fromTyped: string, toTyped: string): DayRange {
  const range: { ok: true; from?: string; to?: string } = { ok: true };
  if (fromTyped.trim() !== '') {
    const from = localDayStart(fromTyped);
    if (!from) return { ok: false, field: 'from' };
    range.from = from.toISOString();
  }
  if (toTyped.trim() !== '') {
    const to = localDayStart(toTyped);
    if (!to) return { ok: false, field: 'to' };
    to.setDate(to.getDate() + 1);
    range.to = to.toISOString();
  }
  return range;
}
