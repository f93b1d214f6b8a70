import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/error-codes';
import type { KioskError } from '../../../shared/result';
import {
  errorPlacement,
  identityFieldOf,
  isOnField,
  type ErrorScreen,
} from '../../../renderer/src/format/error-placement';

const error = (code: ErrorCode, details?: KioskError['details']): KioskError =>
  details ? { code, message: '', details } : { code, message: '' };
const place = (screen: ErrorScreen, code: ErrorCode, details?: KioskError['details']) =>
  errorPlacement(screen, error(code, details));

describe('error placement', () => {
  it('puts IDENTITY_INVALID on the field it names, the mismatch on none (S-ENUM-1)', () => {
    for (const field of ['lastName', 'firstName', 'mobile'] as const) {
      expect(place('identity', 'IDENTITY_INVALID', { reason: field })).toEqual({
        field,
        focus: field,
      });
    }
    expect(place('identity', 'IDENTITY_INVALID', { reason: 'other' })).toEqual({
      field: null,
      focus: null,
    });
    expect(place('identity', 'IDENTITY_MISMATCH')).toEqual({ field: null, focus: null });
    expect(identityFieldOf(error('IDENTITY_MISMATCH', { reason: 'mobile' }))).toBeNull();
    expect(identityFieldOf(null)).toBeNull();
  });

  it('puts code errors on the code field, the others (resend) under the form', () => {
    for (const code of ['CODE_FORMAT', 'CODE_INVALID', 'INVALID_REQUEST'] as const) {
      expect(place('code', code).field).toBe('code');
    }
    for (const code of ['SMS_RESEND_COOLDOWN', 'SMS_RATE_LIMITED', 'SMS_FAILED'] as const) {
      expect(place('code', code)).toEqual({ field: null, focus: null });
    }
  });

  it("puts a child's answer errors on its birth date, the list's under the list", () => {
    for (const code of ['BIRTHDATE_FORMAT', 'BIRTHDATE_MISMATCH', 'CHILD_UNKNOWN'] as const) {
      expect(place('children', code).field).toBe('birthDate');
    }
    expect(place('children', 'CHILDREN_PENDING').field).toBeNull();
    expect(place('children', 'NO_CONFIRMED_CHILD').field).toBeNull();
  });

  it('puts length and blocklist on the password, the mismatch on the confirmation', () => {
    for (const code of [
      'PASSWORD_TOO_SHORT',
      'PASSWORD_TOO_LONG',
      'PASSWORD_BLOCKLISTED',
    ] as const) {
      expect(place('password', code)).toEqual({ field: 'password', focus: 'password' });
    }
    expect(place('password', 'PASSWORD_MISMATCH')).toEqual({
      field: 'confirmation',
      focus: 'confirmation',
    });
    expect(place('password', 'INTERNAL').field).toBeNull();
  });

  it('never ties LOGIN_FAILED to a field, but focuses the emptied password', () => {
    expect(place('login', 'LOGIN_FAILED')).toEqual({ field: null, focus: 'password' });
    expect(place('login', 'LOGIN_THROTTLED', { retryAfterSeconds: 30 })).toEqual({
      field: null,
      focus: null,
    });
  });

  it('keeps errors of the screens without fields under the form', () => {
    expect(place('confirm-send', 'SMS_FAILED')).toEqual({ field: null, focus: null });
    expect(place('identifier', 'INTERNAL')).toEqual({ field: null, focus: null });
  });

  it('answers "is it on this field" for the templates', () => {
    expect(isOnField('password', error('PASSWORD_MISMATCH'), 'confirmation')).toBe(true);
    expect(isOnField('password', error('PASSWORD_MISMATCH'), 'password')).toBe(false);
    expect(isOnField('password', null, 'password')).toBe(false);
  });
});
