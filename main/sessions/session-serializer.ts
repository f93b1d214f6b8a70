/**
 * Runs one kiosk session's calls one after the other: a double tap on "Valider" must not send
 * two SMS or race two steps of the same flow. Different sessions still run side by side.
 */
export function createSessionSerializer() {
  const tails = new Map<string, Promise<unknown>>();
  return function runInOrder<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    const previous = tails.get(sessionId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    tails.set(sessionId, tail);
    void tail.then(() => {
      if (tails.get(sessionId) === tail) tails.delete(sessionId);
    });
    return next;
  };
}
