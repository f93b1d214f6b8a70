import { describe, expect, it } from 'vitest';
import { createBrowserSessions } from '../../../main/browser-host/browser-sessions';

describe('browser host sessions', () => {
  it('never evicts a session in use to make room for a new one', () => {
    let clock = 0;
    const sessions = createBrowserSessions(2, () => clock);
    const evicted: string[] = [];
    const parent = sessions.open((id) => evicted.push(id));
    sessions.open((id) => evicted.push(id));
    clock += 60_000;
    expect(sessions.open((id) => evicted.push(id))).toBeNull();
    expect(sessions.touch(parent ?? '')).toBe(true);
    expect(evicted).toEqual([]);
  });

  it('evicts the longest-idle session once it has been idle for a long time', () => {
    let clock = 0;
    const sessions = createBrowserSessions(2, () => clock);
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
});
