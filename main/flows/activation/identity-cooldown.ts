import type { KioskSettings } from '../../config/kiosk-config';
import type { KioskDatabase } from '../../database/open-database';
import {
  growingDelaySeconds,
  IDENTITY_KIOSK_WINDOW_SECONDS,
  IDENTITY_STREAK_QUIET_SECONDS,
  MAX_IDENTITY_COOLDOWN_SECONDS,
  secondsUntil,
} from '../../policy/security-limits';

/**
 * The audit action of a failed identity check (no match, or a locked guardian: S-ENUM-1). The
 * kiosk-wide window counts these audit entries, so it survives a restart and needs no table
 * of its own; the identity step must write exactly one per failure.
 */
export const IDENTITY_MISMATCH_ACTION = 'activation.identity-mismatch';

/**
 * The failure whose leaving the window brings the count back under the limit. Uses
 * audit_log_by_action_time (migration 002): only this action's entries of the window are read.
 */
export const KIOSK_WINDOW_SQL = `SELECT at FROM audit_log WHERE at > ? AND action = ?
  ORDER BY at DESC LIMIT 1 OFFSET ?`;

/**
 * S-RATE-3, in two parts:
 * - the screen's streak: after N failed matches in a row, a cooldown that doubles with each
 *   further failure (capped at 15 min). It belongs to the kiosk, not to a kiosk session: the
 *   person guessing controls the session's end ("Abandonner", a reload), so ending it must not
 *   wipe the streak. It ends when an SMS is actually accepted for a matched identity (a bare
 *   match does not count, so alternating one's own identity with guesses gains nothing), or
 *   after 15 quiet minutes once its pause is over (the next parent in the queue is not held
 *   back for long). In memory: the kiosk-wide backstop below survives a restart.
 * - kiosk-wide backstop: when the kiosk saw `identityFailuresPerKioskWindow` failures in the
 *   last 15 minutes, everyone waits until the window holds fewer. It decays by itself, so a
 *   burst of nonsense blocks the kiosk for at most the window, not for hours.
 */
export function createIdentityCooldown(
  db: KioskDatabase,
  settings: Pick<
    KioskSettings,
    'identityFailuresBeforeCooldown' | 'identityCooldownSeconds' | 'identityFailuresPerKioskWindow'
  >,
) {
  const kioskWindow = db.prepare(KIOSK_WINDOW_SQL);
  const windowMs = IDENTITY_KIOSK_WINDOW_SECONDS * 1000;
  const quietMs = IDENTITY_STREAK_QUIET_SECONDS * 1000;
  let streak: { failures: number; lastFailureAt: number; blockedUntil: number | null } | null =
    null;

  function kioskRetryAfterSeconds(now: Date): number {
    const row = kioskWindow.get(
      new Date(now.getTime() - windowMs).toISOString(),
      IDENTITY_MISMATCH_ACTION,
      settings.identityFailuresPerKioskWindow - 1,
    ) as { at: string } | undefined;
    return row ? secondsUntil(now, new Date(new Date(row.at).getTime() + windowMs)) : 0;
  }

  /** The streak still running at `now`: forgotten after the quiet period that follows its
   * last failure or, when longer, its pause (else the longest pause would end the streak). */
  function currentStreak(now: Date) {
    const quietSince = streak ? Math.max(streak.lastFailureAt, streak.blockedUntil ?? 0) : 0;
    if (streak && now.getTime() - quietSince >= quietMs) streak = null;
    return streak;
  }

  function streakRetryAfterSeconds(now: Date): number {
    const blockedUntil = currentStreak(now)?.blockedUntil;
    return blockedUntil && blockedUntil > now.getTime()
      ? secondsUntil(now, new Date(blockedUntil))
      : 0;
  }

  return {
    /** Seconds before an identity may be checked on this kiosk, or 0. */
    retryAfterSeconds(now: Date): number {
      return Math.max(streakRetryAfterSeconds(now), kioskRetryAfterSeconds(now));
    },
    /** One failed match (the kiosk-wide count is its audit entry). */
    recordFailure(now: Date): void {
      const failures = (currentStreak(now)?.failures ?? 0) + 1;
      const extra = failures - settings.identityFailuresBeforeCooldown;
      const delaySeconds = growingDelaySeconds(
        settings.identityCooldownSeconds,
        extra,
        MAX_IDENTITY_COOLDOWN_SECONDS,
      );
      streak = {
        failures,
        lastFailureAt: now.getTime(),
        blockedUntil: extra >= 0 ? now.getTime() + delaySeconds * 1000 : null,
      };
    },
    /** An SMS accepted for a matched identity: the streak ends. */
    clearStreak(): void {
      streak = null;
    },
  };
}

export type IdentityCooldown = ReturnType<typeof createIdentityCooldown>;
