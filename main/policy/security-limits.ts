// Fixed security limits (not school-tunable settings): the standards set them.

/** S-OTP-5: wrong codes per flow before it ends. */
export const MAX_CODE_FAILURES = 5;
/** S-ENUM-3: wrong birth dates per child before the flow ends. */
export const BIRTH_DATE_TRIES = 3;
/** S-RATE-1: consecutive failed secrets before a guardian is locked. */
export const MAX_GUARDIAN_FAILED_SECRETS = 100;
/** Longest wait any growing delay may impose by default (login throttle). */
export const MAX_DELAY_SECONDS = 3600;
/** S-RATE-3: longest identity cooldown of the kiosk's failed streak (a parent may be behind). */
export const MAX_IDENTITY_COOLDOWN_SECONDS = 15 * 60;
/** S-RATE-3 backstop: the sliding window of failed identity checks on the whole kiosk. */
export const IDENTITY_KIOSK_WINDOW_SECONDS = 15 * 60;
/** S-RATE-3: a failed streak is forgotten after this long without a failure, counted from the
 * end of its pause when that is later. */
export const IDENTITY_STREAK_QUIET_SECONDS = 15 * 60;

/** Base × 2^(failures beyond the threshold), capped (one hour unless told). */
export function growingDelaySeconds(
  baseSeconds: number,
  extraFailures: number,
  capSeconds = MAX_DELAY_SECONDS,
): number {
  const exponent = Math.min(Math.max(extraFailures, 0), 20);
  return Math.min(baseSeconds * 2 ** exponent, capSeconds);
}

/** Whole seconds from now until `until`, at least 1. */
export function secondsUntil(now: Date, until: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}
