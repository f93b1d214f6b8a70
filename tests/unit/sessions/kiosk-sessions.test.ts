import { describe, expect, it } from 'vitest';
import { createKioskSessions } from '../../../main/sessions/kiosk-sessions';

describe('kiosk sessions after a password change', () => {
  it('ends every login of the account except the one that made the change', () => {
    const clock = { now: () => new Date('2026-01-01T10:00:00Z') };
    const sessions = createKioskSessions({ clock, idleExpirySeconds: 140 });
    sessions.logIn('kiosk-a', 'account-1');
    sessions.logIn('kiosk-b', 'account-1');
    sessions.logIn('kiosk-c', 'account-2');
    expect(sessions.logOutAccount('account-1', 'kiosk-a')).toEqual(['kiosk-b']);
    expect(sessions.accountOf('kiosk-a')).toBe('account-1');
    expect(sessions.accountOf('kiosk-b')).toBeUndefined();
    expect(sessions.accountOf('kiosk-c')).toBe('account-2');
    expect(sessions.logOutAccount('account-1')).toEqual(['kiosk-a']);
  });
});
