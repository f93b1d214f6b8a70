import type { KioskSettings } from '../config/kiosk-config';
import type { KioskDatabase } from '../database/open-database';
import { growingDelaySeconds, secondsUntil } from '../policy/security-limits';

/**
 * S-RATE-1 for logins: after N consecutive failures for an identifier, a delay that doubles
 * with each further failure (capped at an hour). Keyed by the typed identifier, known or not,
 * so the throttle itself does not reveal which identifiers exist.
 */
export function createLoginThrottle(
  db: KioskDatabase,
  settings: Pick<KioskSettings, 'loginFailuresBeforeDelay' | 'loginDelaySeconds'>,
) {
  const select = db.prepare(
    'SELECT failures, blocked_until FROM login_throttle WHERE identifier_key = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO login_throttle (identifier_key, failures, blocked_until) VALUES (?, ?, ?)
     ON CONFLICT (identifier_key) DO UPDATE
       SET failures = excluded.failures, blocked_until = excluded.blocked_until`,
  );
  const remove = db.prepare('DELETE FROM login_throttle WHERE identifier_key = ?');
  const read = (key: string) =>
    select.get(key) as { failures: number; blocked_until: string | null } | undefined;

  const retryAfterSeconds = (key: string, now: Date): number => {
    const blockedUntil = read(key)?.blocked_until;
    if (!blockedUntil) return 0;
    const until = new Date(blockedUntil);
    return until > now ? secondsUntil(now, until) : 0;
  };

  const recordFailure = (key: string, now: Date): void => {
    const failures = (read(key)?.failures ?? 0) + 1;
    const extra = failures - settings.loginFailuresBeforeDelay;
    const blockedUntil =
      extra >= 0
        ? new Date(
            now.getTime() + growingDelaySeconds(settings.loginDelaySeconds, extra) * 1000,
          ).toISOString()
        : null;
    upsert.run(key, failures, blockedUntil);
  };

  return {
    retryAfterSeconds,
    recordFailure,
    /**
     * Before a slow verification: the seconds still to wait (nothing counted), or 0 with a
     * failure counted at once and undone by recordSuccess, so N calls side by side get at most
     * the threshold's worth of verifications, not N. Call inside a transaction.
     */
    beginAttempt(key: string, now: Date): number {
      const wait = retryAfterSeconds(key, now);
      if (wait === 0) recordFailure(key, now);
      return wait;
    },
    recordSuccess(key: string): void {
      remove.run(key);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
