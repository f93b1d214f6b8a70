/**
 * Reads a birth date as typed at the kiosk: "jj/mm/aaaa", "j/m/aaaa" (also with "-", "." or
 * spaces) or "jjmmaaaa". Returns "YYYY-MM-DD" (the roster's format) or null when it is not a
 * real calendar date.
 */
export function parseTypedBirthDate(typed: string): string | null {
  const text = typed.trim();
  const match =
    /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})$/u.exec(text) ??
    /^(\d{2})(\d{2})(\d{4})$/u.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null; // 31/02
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
