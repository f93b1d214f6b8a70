import { describe, expect, it } from 'vitest';
import type { ActivationEndReason, ActivationStep } from '../../../shared/activation-view';
import {
  asksBeforeAbandon,
  endedActions,
  isClosedStep,
} from '../../../renderer/src/format/flow-steps';
import { missingLoginFields } from '../../../renderer/src/format/login-input';
import { isIdleArmed } from '../../../renderer/src/idle/idle-armed';

const ALL_STEPS: Record<ActivationStep, true> = {
  identity: true,
  'confirm-send': true,
  code: true,
  children: true,
  identifier: true,
  password: true,
  done: true,
  'already-activated': true,
  ended: true,
};
const steps = Object.keys(ALL_STEPS) as ActivationStep[];

describe('activation steps', () => {
  it('knows the steps after which there is nothing to abandon', () => {
    expect(steps.filter(isClosedStep).sort()).toEqual(['already-activated', 'done', 'ended']);
  });

  it('asks before abandoning from step 2 (the SMS was sent) to step 5', () => {
    expect(steps.filter(asksBeforeAbandon).sort()).toEqual([
      'children',
      'code',
      'identifier',
      'password',
    ]);
    expect(asksBeforeAbandon(null)).toBe(false);
    expect(asksBeforeAbandon(undefined)).toBe(false);
  });

  it('makes "Retour à l\'accueil" the way out when the text sends the parent to the secretariat', () => {
    const secretariat: ActivationEndReason[] = ['all-children-rejected', 'too-many-birthdates'];
    for (const reason of secretariat) {
      expect(endedActions(reason)).toEqual({ primary: 'home', restart: true, keepIdentity: false });
    }
    expect(endedActions('guardian-locked')).toEqual({
      primary: 'home',
      restart: false,
      keepIdentity: false,
    });
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
  it('names the empty fields before calling the main process', () => {
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
});
