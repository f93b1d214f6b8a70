import { randomBytes } from 'node:crypto';

/**
 * Kiosk sessions of the browser host: one per page load, id held in the page's memory only.
 * Bounded, so a misbehaving page cannot grow the map; the oldest session is evicted.
 */
export function createBrowserSessions(maxSessions = 64) {
  const sessions = new Map<string, number>(); // id → last use (ms)
  return {
    open(onEvict: (sessionId: string) => void): string {
      if (sessions.size >= maxSessions) {
        const oldest = [...sessions.entries()].sort((a, b) => a[1] - b[1])[0];
        if (oldest) {
          sessions.delete(oldest[0]);
          onEvict(oldest[0]);
        }
      }
      const id = randomBytes(24).toString('base64url');
      sessions.set(id, Date.now());
      return id;
    },
    touch(id: string): boolean {
      if (!sessions.has(id)) return false;
      sessions.set(id, Date.now());
      return true;
    },
    ids(): string[] {
      return [...sessions.keys()];
    },
  };
}
