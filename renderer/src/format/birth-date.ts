// The birth date field "jj/mm/aaaa": digits only, the slashes are typed for you. A slash is
// added when the next part starts (so backspace never gets stuck behind an automatic slash);
// a separator typed by hand after a one-digit day or month pads it ("3/" → "03/").

const PART_LENGTHS = [2, 2, 4] as const;

export function formatBirthDateTyping(raw: string): string {
  const parts: string[] = [''];
  for (const char of raw) {
    const index = parts.length - 1;
    const current = parts[index] ?? '';
    const max = PART_LENGTHS[index] ?? 0;
    if (char >= '0' && char <= '9') {
      if (current.length < max) {
        parts[index] = current + char;
      } else if (index < 2) {
        parts.push(char);
      }
      // Digits beyond the year are dropped.
    } else if (/[/.\-\s]/.test(char)) {
      if (current.length > 0 && index < 2) {
        parts[index] = current.padStart(2, '0');
        parts.push('');
      }
    }
  }
  return parts.join('/');
}
