// Rules of the activation steps a parent notices: when "Abandonner" asks first, which button
// leads on an "ended" screen, an empty login field named, when the idle reset is armed.
import { describe, expect, it } from 'vitest';
import { asksBeforeAbandon, endedActions } from '../../../renderer/src/format/flow-steps';
import { missingLoginFields } from '../../../renderer/src/format/login-input';
import { isIdleArmed } from '../../../renderer/src/idle/idle-armed';

describe('activation steps', () => {
  it('"Abandonner" leaves at once before the SMS is sent, asks first once it is', () => {
    expect(asksBeforeAbandon('identity')).toBe(false);
    expect(asksBeforeAbandon('confirm-send')).toBe(false);
    for (const step of ['code', 'children', 'identifier', 'password'] as const) {
      expect(asksBeforeAbandon(step), step).toBe(true);
    }
    // Nothing left to lose once the flow is over.
    for (const step of ['done', 'already-activated', 'ended'] as const) {
      expect(asksBeforeAbandon(step), step).toBe(false);
    }
  });

  it('makes "Retour à l\'accueil" the way out when the text sends the parent to the secretariat', () => {
    for (const reason of ['all-children-rejected', 'too-many-birthdates'] as const) {
      expect(endedActions(reason)).toEqual({ primary: 'home', restart: true, keepIdentity: false });
    }
    // A locked account stays locked: no "Recommencer" at all.
    expect(endedActions('guardian-locked')).toEqual({
      primary: 'home',
      restart: false,
      keepIdentity: false,
    });
    // A code problem: "Recommencer" leads, with what was typed kept.
    for (const reason of ['expired', 'too-many-codes', 'abandoned'] as const) {
      expect(endedActions(reason)).toEqual({
        primary: 'restart',
        restart: true,
        keepIdentity: true,
      });
    }
  });
});

describe('login form', () => {
  it('names the empty fields before calling the main process; a password of spaces is typed', () => {
    expect(missingLoginFields('', '')).toEqual(['identifier', 'password']);
    expect(missingLoginFields('   ', 'secret')).toEqual(['identifier']);
    expect(missingLoginFields('patrick.dupont1', '')).toEqual(['password']);
    expect(missingLoginFields('patrick.dupont1', '   ')).toEqual([]);
  });
});

describe('idle countdown armed', () => {
  const base = {
    statusLoaded: true,
    screen: 'login' as const,
    loggedIn: false,
    typedSomething: false,
    flowOpen: false,
    identityKept: false,
  };

  it('is off on an untouched start screen and before the status is loaded', () => {
    expect(isIdleArmed(base)).toBe(false);
    expect(isIdleArmed({ ...base, screen: 'activation', statusLoaded: false })).toBe(false);
  });

  it('is on anywhere else, once something is typed, or for a logged-in parent', () => {
    expect(isIdleArmed({ ...base, screen: 'activation' })).toBe(true);
    expect(isIdleArmed({ ...base, screen: 'assistance' })).toBe(true);
    expect(isIdleArmed({ ...base, typedSomething: true })).toBe(true);
    expect(isIdleArmed({ ...base, loggedIn: true })).toBe(true);
  });

  it('is on at the start screen while a visitor left something in memory', () => {
    // S-KIOSK-2: nom/mobile kept after "Retour" back to the start, or a flow still open.
    expect(isIdleArmed({ ...base, identityKept: true })).toBe(true);
    expect(isIdleArmed({ ...base, flowOpen: true })).toBe(true);
  });
});
