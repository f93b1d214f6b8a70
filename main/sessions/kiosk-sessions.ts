import type { Clock } from '../platform/clock';

interface Login {
  accountId: string;
  lastSeenMs: number;
}

/**
 * Which account each kiosk session is logged into. In memory only: a restart logs everyone
 * out, which is what a shared kiosk wants (S-KIOSK-4). Open flows are found in the database
 * by session id (flows_by_session), so they survive nothing more than this does.
 *
 * S-KIOSK-4 on the main side too: a login ends by itself `idleExpirySeconds` after its
 * session's last call (the renderer's idle reset comes earlier; this covers a renderer whose
 * reset failed or that hangs). Every call of the session counts as activity (`touch`).
 */
export function createKioskSessions(options: { clock: Clock; idleExpirySeconds: number }) {
  const loggedIn = new Map<string, Login>();
  const expired = (login: Login, now: Date) =>
    now.getTime() - login.lastSeenMs >= options.idleExpirySeconds * 1000;

  return {
    /**
     * A call from this session: drops its login when it was idle too long (returning that
     * account's id, for the audit log), else counts as activity.
     */
    touch(sessionId: string): string | undefined {
      const login = loggedIn.get(sessionId);
      if (!login) return undefined;
      const now = options.clock.now();
      if (expired(login, now)) {
        loggedIn.delete(sessionId);
        return login.accountId;
      }
      login.lastSeenMs = now.getTime();
      return undefined;
    },
    accountOf(sessionId: string): string | undefined {
      const login = loggedIn.get(sessionId);
      if (!login) return undefined;
      if (expired(login, options.clock.now())) {
        loggedIn.delete(sessionId);
        return undefined;
      }
      return login.accountId;
    },
    logIn(sessionId: string, accountId: string): void {
      loggedIn.set(sessionId, { accountId, lastSeenMs: options.clock.now().getTime() });
    },
    logOut(sessionId: string): void {
      loggedIn.delete(sessionId);
    },
    /**
     * After a password change or reset: every login of this account ends, but the session that
     * made the change (when it is logged in). Returns the sessions logged out (for the audit).
     */
    logOutAccount(accountId: string, keepSessionId?: string): string[] {
      const ended: string[] = [];
      for (const [sessionId, login] of loggedIn) {
        if (login.accountId === accountId && sessionId !== keepSessionId) {
          loggedIn.delete(sessionId);
          ended.push(sessionId);
        }
      }
      return ended;
    },
    clear(): void {
      loggedIn.clear();
    },
  };
}

export type KioskSessions = ReturnType<typeof createKioskSessions>;
