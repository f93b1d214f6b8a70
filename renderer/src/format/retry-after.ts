// "Patientez 45 secondes" for a short wait, "Réessayez à partir de 14 h 05" for a long one:
// nobody counts 3199 seconds. Pure: the moment the error was received is passed in, so the
// time said does not drift each time the screen is drawn again.
import { frenchHour } from './time';

/** Waits longer than this are said as a time of day. */
export const LONG_WAIT_SECONDS = 120;

export type WaitText =
  | { kind: 'seconds'; seconds: number }
  | { kind: 'minutes'; minutes: number; seconds: number }
  | { kind: 'clock'; day: 'today' | 'tomorrow' | 'later'; time: string; date: string };

const startOfDay = (date: Date) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();

/** The instant the wait ends (ms since the epoch), or null when there is nothing to wait for. */
export function retryAt(retryAfterSeconds: number | undefined, receivedAt: number): number | null {
  if (typeof retryAfterSeconds !== 'number' || !(retryAfterSeconds > 0)) return null;
  return receivedAt + Math.ceil(retryAfterSeconds) * 1000;
}

/** True when the wait is long enough to be said as a time of day (and to leave the screen). */
export function isLongWait(retryAfterSeconds: number | undefined): boolean {
  return typeof retryAfterSeconds === 'number' && retryAfterSeconds > LONG_WAIT_SECONDS;
}

export function describeWait(retryAfterSeconds: number, receivedAt: number): WaitText {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  if (!isLongWait(seconds)) {
    return seconds < 60
      ? { kind: 'seconds', seconds }
      : { kind: 'minutes', minutes: Math.floor(seconds / 60), seconds: seconds % 60 };
  }
  // Rounded up to the next minute: "à partir de" is never too early.
  const end = new Date(Math.ceil((receivedAt + seconds * 1000) / 60_000) * 60_000);
  const days = Math.round((startOfDay(end) - startOfDay(new Date(receivedAt))) / 86_400_000);
  return {
    kind: 'clock',
    day: days <= 0 ? 'today' : days === 1 ? 'tomorrow' : 'later',
    time: frenchHour(end),
    date: `${String(end.getDate()).padStart(2, '0')}/${String(end.getMonth() + 1).padStart(2, '0')}`,
  };
}
