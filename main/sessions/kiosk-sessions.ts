/**
 * Who is logged in on which kiosk session (one renderer). Kept in memory only: a restart logs
 * everyone out, which is what a shared kiosk wants (S-KIOSK-4). Open flows are found in the
 * database by session id (flows_by_session), so they survive nothing more than this does.
 */
export function createKioskSessions() {
  const loggedIn = new Map<string, string>();
  return {
    accountOf(sessionId: string): string | undefined {
      return loggedIn.get(sessionId);
    },
    logIn(sessionId: string, accountId: string): void {
      loggedIn.set(sessionId, accountId);
    },
    logOut(sessionId: string): void {
      loggedIn.delete(sessionId);
    },
    clear(): void {
      loggedIn.clear();
    },
  };
}

export type KioskSessions = ReturnType<typeof createKioskSessions>;
