import { describe, expect, it } from 'vitest';
import { createBrowserSessions } from '../../../main/browser-host/browser-sessions';
import type { SessionHolding } from '../../../main/sessions/session-holding';

describe('browser host sessions', () => {
  it('never evicts the parent at the screen while a session holding nothing can go', () => {
    let clock = 0;
    const held = new Map<string, SessionHolding>();
    const sessions = createBrowserSessions({
      maxSessions: 2,
      now: () => clock,
      holding: (id) => held.get(id) ?? 'nothing',
    });
    const evicted: string[] = [];
    const parent = sessions.open((id) => evicted.push(id)) ?? '';
    sessions.touch(parent);
    held.set(parent, 'parent-visit');
    for (let i = 0; i < 100; i += 1) {
      clock += 60_000;
      const other = sessions.open((id) => evicted.push(id)) ?? '';
      sessions.touch(other); // even one used more recently than the parent
    }
    expect(sessions.touch(parent)).toBe(true);
    expect(evicted).toHaveLength(99);
    expect(evicted).not.toContain(parent);
  });

  it('evicts the longest-idle session once it has been idle for a long time', () => {
    let clock = 0;
    const sessions = createBrowserSessions({ maxSessions: 2, now: () => clock });
    const evicted: string[] = [];
    const first = sessions.open((id) => evicted.push(id));
    clock += 1000;
    const second = sessions.open((id) => evicted.push(id));
    clock += 16 * 60 * 1000;
    sessions.touch(second ?? '');
    expect(sessions.open((id) => evicted.push(id))).not.toBeNull();
    expect(evicted).toEqual([first]);
    expect(sessions.touch(first ?? '')).toBe(false);
  });

  it('evicts a session never used before the least recently used one, oldest first', () => {
    let clock = 0;
    const sessions = createBrowserSessions({ maxSessions: 3, now: () => clock });
    const evicted: string[] = [];
    const used = sessions.open((id) => evicted.push(id)) ?? '';
    sessions.touch(used);
    clock += 1;
    const neverUsedOld = sessions.open((id) => evicted.push(id));
    clock += 1;
    const neverUsedNew = sessions.open((id) => evicted.push(id));
    sessions.open((id) => evicted.push(id));
    sessions.open((id) => evicted.push(id));
    expect(evicted).toEqual([neverUsedOld, neverUsedNew]);
    expect(sessions.touch(used)).toBe(true);
  });

  it('never evicts the staff login nor a session whose call is running; refuses when only those remain', async () => {
    const sessions = createBrowserSessions({
      maxSessions: 2,
      holding: (id) => (id === staff ? 'staff-login' : 'nothing'),
    });
    const staff = sessions.open(() => {}) ?? '';
    const busy = sessions.open(() => {}) ?? '';
    let finish: () => void = () => {};
    const call = sessions.during(busy, () => new Promise<void>((resolve) => (finish = resolve)));
    expect(sessions.open(() => {})).toBeNull();
    expect(sessions.touch(staff)).toBe(true);
    finish();
    await call;
    expect(sessions.open(() => {})).not.toBeNull();
    expect(sessions.touch(busy)).toBe(false);
    expect(sessions.touch(staff)).toBe(true);
  });

  it('forgets a released session', () => {
    const sessions = createBrowserSessions();
    const id = sessions.open(() => {}) ?? '';
    expect(sessions.release(id)).toBe(true);
    expect(sessions.release(id)).toBe(false);
    expect(sessions.touch(id)).toBe(false);
  });
});
