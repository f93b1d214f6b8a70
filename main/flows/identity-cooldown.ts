import type { KioskSettings } from '../config/kiosk-config';
import type { KioskDatabase } from '../database/open-database';
import { growingDelaySeconds, secondsUntil } from './flow-limits';

const COUNTER = 'identity-failures';

/**
 * S-RATE-3: after N consecutive failed identity checks on this kiosk, a cooldown that doubles
 * with every further failure (capped at an hour). Kiosk-wide rather than per renderer session,
 * so an idle reset does not clear it. A successful match resets it.
 */
export function createIdentityCooldown(
  db: KioskDatabase,
  settings: Pick<KioskSettings, 'identityFailuresBeforeCooldown' | 'identityCooldownSeconds'>,
) {
  const select = db.prepare('SELECT value, blocked_until FROM kiosk_counters WHERE name = ?');
  const upsert = db.prepare(
    `INSERT INTO kiosk_counters (name, value, blocked_until) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET value = excluded.value, blocked_until = excluded.blocked_until`,
  );
  const read = () =>
    select.get(COUNTER) as { value: number; blocked_until: string | null } | undefined;

  return {
    /** Seconds left to wait, or 0 when the form may be checked. */
    retryAfterSeconds(now: Date): number {
      const row = read();
      if (!row?.blocked_until) return 0;
      const until = new Date(row.blocked_until);
      return until > now ? secondsUntil(now, until) : 0;
    },
    recordFailure(now: Date): void {
      const failures = (read()?.value ?? 0) + 1;
      const extra = failures - settings.identityFailuresBeforeCooldown;
      const blockedUntil =
        extra >= 0
          ? new Date(
              now.getTime() + growingDelaySeconds(settings.identityCooldownSeconds, extra) * 1000,
            ).toISOString()
          : null;
      upsert.run(COUNTER, failures, blockedUntil);
    },
    recordSuccess(): void {
      upsert.run(COUNTER, 0, null);
    },
  };
}

export type IdentityCooldown = ReturnType<typeof createIdentityCooldown>;
