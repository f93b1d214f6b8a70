import { randomBytes } from 'node:crypto';
import type { SessionHolding } from '../sessions/session-holding';

interface PageSession {
  openedAt: number;
  /** Last call of the page (ms); null until its first call. */
  lastCallAt: number | null;
  /** Calls of this session still running: such a session is never evicted. */
  running: number;
}

type Rank = readonly [number, number, number];
const before = (a: Rank, b: Rank): boolean =>
  a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];

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

  const idlestEvictable = (): string | undefined => {
    let chosen: { id: string; rank: Rank } | undefined;
    for (const [id, session] of sessions) {
      if (session.running > 0) continue;
      const held = holding(id);
      if (held === 'staff-login') continue;
      const rank: Rank =
        session.lastCallAt === null
          ? [held === 'nothing' ? 0 : 1, 0, session.openedAt]
          : [held === 'nothing' ? 0 : 1, 1, session.lastCallAt];
      if (!chosen || before(rank, chosen.rank)) chosen = { id, rank };
    }
    return chosen?.id;
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
