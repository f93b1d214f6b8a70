// The security limits the standards set (security.md), one home: fixed ones, the maxima a
// school's settings may not exceed, and the values below (or above) which a setting weakens a
// protection (weakened-limits.ts warns). The code's timing is in code-timing.ts; field formats
// both processes check (code length, password lengths) are in shared/limits.ts.

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

/** S-RATE-2: SMS to one number per hour and per day; a school may lower them, never raise. */
export const MAX_SMS_PER_PHONE_PER_HOUR = 3;
export const MAX_SMS_PER_PHONE_PER_DAY = 5;
/** S-RATE-2: the least time between two SMS to one number. */
export const MIN_RESEND_GAP_SECONDS = 60;
/** S-OTP-2: the longest a code may stay valid (the walkthrough's 30 minutes). */
export const MAX_CODE_TTL_SECONDS = 30 * 60;
/** S-RATE-3: the most failed identity checks in a row before a pause. */
export const MAX_IDENTITY_FAILURES_BEFORE_COOLDOWN = 5;
/** S-ENUM-1: below this, answer times may tell a roster match from a mismatch. */
export const MIN_IDENTITY_RESPONSE_FLOOR_MS = 1000;
/** S-KIOSK-1: the least time "Êtes-vous toujours là ?" stays before the reset. */
export const MIN_IDLE_WARNING_SECONDS = 20;
/** S-RATE-1: the most failed logins before a delay. */
export const MAX_LOGIN_FAILURES_BEFORE_DELAY = 10;

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
