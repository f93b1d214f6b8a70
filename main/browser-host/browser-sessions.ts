import { randomBytes } from 'node:crypto';
import type { SessionHolding } from '../sessions/session-holding';

interface PageSession {
  openedAt: number;
  /** Last call of the page (ms); null until its first call. */
  lastCallAt: number | null;
  /** Calls of this session still running: such a session is never evicted. */
  running: number;
}

// Never used (a page that died at once, a flood of opens) before used, then the oldest.
const idleness = (session: PageSession): [number, number] =>
  session.lastCallAt === null ? [0, session.openedAt] : [1, session.lastCallAt];

/**
 * Kiosk sessions of the browser host: one per page load, id held in the page's memory only.
 * A page releases its session when it goes away (pagehide); the table is bounded so a
 * misbehaving local process cannot grow it, and a new page always gets a session: when the
 * table is full, the idlest parent session gives way. Idlest: holding nothing before holding a
 * parent's visit (`holding`), then never used (a page that died at once, a flood of opens)
 * before used, then the oldest. A session with a call running and one holding the staff login
 * are never evicted; only when every session is one of those is a new page refused.
 */
export function createBrowserSessions(
  options: {
    maxSessions?: number;
    now?: () => number;
    holding?: (sessionId: string) => SessionHolding;
  } = {},
) {
  const maxSessions = options.maxSessions ?? 64;
  const now = options.now ?? Date.now;
  const holding = options.holding ?? (() => 'nothing');
  const sessions = new Map<string, PageSession>();

  // What a session holds is asked in idleness order, and only until one holding nothing shows.
  const idlestEvictable = (): string | undefined => {
    const byIdleness = [...sessions.entries()]
      .filter(([, session]) => session.running === 0)
      .map(([id, session]) => ({ id, rank: idleness(session) }))
      .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1]);
    let firstVisit: string | undefined;
    for (const { id } of byIdleness) {
      const held = holding(id);
      if (held === 'nothing') return id;
      if (held === 'parent-visit') firstVisit ??= id;
    }
    return firstVisit;
  };

  return {
    /** A new page's session, or null when every open session is busy or staff. */
    open(onEvict: (sessionId: string) => void): string | null {
      if (sessions.size >= maxSessions) {
        const evicted = idlestEvictable();
        if (evicted === undefined) return null;
        sessions.delete(evicted);
        onEvict(evicted);
      }
      const id = randomBytes(24).toString('base64url');
      sessions.set(id, { openedAt: now(), lastCallAt: null, running: 0 });
      return id;
    },
    /** A call of this session begins: false for an unknown (released, evicted) session. */
    touch(id: string): boolean {
      const session = sessions.get(id);
      if (!session) return false;
      session.lastCallAt = now();
      return true;
    },
    /** Runs one call of a known session; it cannot be evicted until the call settles. */
    async during<T>(id: string, work: () => Promise<T>): Promise<T> {
      const session = sessions.get(id);
      if (session) session.running += 1;
      try {
        return await work();
      } finally {
        if (session) session.running -= 1;
      }
    },
    /** The page went away: true when the session was open (the caller ends it). */
    release(id: string): boolean {
      return sessions.delete(id);
    },
    ids(): string[] {
      return [...sessions.keys()];
    },
  };
}
