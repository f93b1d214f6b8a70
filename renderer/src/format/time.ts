// Times of day, two ways: "14 h 05" in sentences (the way a French notice writes a time: "à
// partir de 14 h 05"), "14:32:07" on the demo phone, which shows SMS as a phone does.
const phoneClock = new Intl.DateTimeFormat('fr-FR', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "14 h 05", "9 h 00". */
export function frenchHour(date: Date): string {
  return `${date.getHours()} h ${String(date.getMinutes()).padStart(2, '0')}`;
}

/** frenchHour of an ISO instant ('' when it is not one). */
export function formatHourInSentence(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : frenchHour(date);
}

/** "14:32:07", as a phone's message list shows it ('' when not an instant). */
export function formatPhoneTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : phoneClock.format(date);
}
