import { randomBytes } from 'node:crypto';

/** A page that made no call for this long has been closed or reloaded: its session may go. */
const SESSION_IDLE_EVICTION_MS = 15 * 60 * 1000;

/**
 * Kiosk sessions of the browser host: one per page load, id held in the page's memory only.
 * Bounded, so a misbehaving local process cannot grow the map; when full, only a session idle
 * for a long time is evicted (never the parent at the screen), else a new one is refused.
 */
export function createBrowserSessions(maxSessions = 64, now: () => number = Date.now) {
  const sessions = new Map<string, number>(); // id → last use (ms)
  return {
    open(onEvict: (sessionId: string) => void): string | null {
      if (sessions.size >= maxSessions) {
        const oldest = [...sessions.entries()].sort((a, b) => a[1] - b[1])[0];
        if (!oldest || now() - oldest[1] < SESSION_IDLE_EVICTION_MS) return null;
        sessions.delete(oldest[0]);
        onEvict(oldest[0]);
      }
      const id = randomBytes(24).toString('base64url');
      sessions.set(id, now());
      return id;
    },
    touch(id: string): boolean {
      if (!sessions.has(id)) return false;
      sessions.set(id, now());
      return true;
    },
    ids(): string[] {
      return [...sessions.keys()];
    },
  };
}
