import type { KioskSettings } from '../config/kiosk-config';
import type { KioskDatabase } from '../database/open-database';
import {
  growingDelaySeconds,
  IDENTITY_KIOSK_WINDOW_SECONDS,
  MAX_IDENTITY_COOLDOWN_SECONDS,
  secondsUntil,
} from './flow-limits';

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

interface SessionFailures {
  failures: number;
  blockedUntil: number | null; // epoch ms
}

/** Sessions remembered at most (a browser host makes one per page load): the oldest go first. */
const MAX_TRACKED_SESSIONS = 1000;

/**
 * S-RATE-3, in two parts:
 * - per kiosk session (one person at the screen): after N failed matches, a cooldown that
 *   doubles with each further failure (capped at 15 min). Cleared by `session.reset` (a new
 *   person) and by an SMS actually accepted for a matched identity; a bare match does not
 *   clear it, so alternating one's own identity with guesses gains nothing. In memory: a
 *   restart ends every session anyway.
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
  const sessions = new Map<string, SessionFailures>();
  const kioskWindow = db.prepare(KIOSK_WINDOW_SQL);
  const windowMs = IDENTITY_KIOSK_WINDOW_SECONDS * 1000;

  function kioskRetryAfterSeconds(now: Date): number {
    const row = kioskWindow.get(
      new Date(now.getTime() - windowMs).toISOString(),
      IDENTITY_MISMATCH_ACTION,
      settings.identityFailuresPerKioskWindow - 1,
    ) as { at: string } | undefined;
    return row ? secondsUntil(now, new Date(new Date(row.at).getTime() + windowMs)) : 0;
  }

  function sessionRetryAfterSeconds(sessionId: string, now: Date): number {
    const blockedUntil = sessions.get(sessionId)?.blockedUntil;
    return blockedUntil && blockedUntil > now.getTime()
      ? secondsUntil(now, new Date(blockedUntil))
      : 0;
  }

  return {
    /** Seconds this session must wait before its identity may be checked, or 0. */
    retryAfterSeconds(sessionId: string, now: Date): number {
      return Math.max(sessionRetryAfterSeconds(sessionId, now), kioskRetryAfterSeconds(now));
    },
    /** One failed match in this session (the kiosk-wide count is its audit entry). */
    recordFailure(sessionId: string, now: Date): void {
      const failures = (sessions.get(sessionId)?.failures ?? 0) + 1;
      const extra = failures - settings.identityFailuresBeforeCooldown;
      const delaySeconds = growingDelaySeconds(
        settings.identityCooldownSeconds,
        extra,
        MAX_IDENTITY_COOLDOWN_SECONDS,
      );
      sessions.delete(sessionId); // re-inserted last: the map stays in least-recent order
      sessions.set(sessionId, {
        failures,
        blockedUntil: extra >= 0 ? now.getTime() + delaySeconds * 1000 : null,
      });
      if (sessions.size > MAX_TRACKED_SESSIONS) {
        const oldest = sessions.keys().next().value;
        if (oldest !== undefined) sessions.delete(oldest);
      }
    },
    /** A new person (session.reset) or an SMS accepted for a matched identity. */
    clearSession(sessionId: string): void {
      sessions.delete(sessionId);
    },
    clearAll(): void {
      sessions.clear();
    },
  };
}

export type IdentityCooldown = ReturnType<typeof createIdentityCooldown>;
