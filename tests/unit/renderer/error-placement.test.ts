// Where a parent sees each error: next to the field to correct, or under the form when the
// message must not say which field was wrong.
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/error-codes';
import type { KioskError } from '../../../shared/result';
import { errorPlacement, type ErrorScreen } from '../../../renderer/src/format/error-placement';

const error = (code: ErrorCode, details?: KioskError['details']): KioskError =>
  details ? { code, message: '', details } : { code, message: '' };
const place = (screen: ErrorScreen, code: ErrorCode, details?: KioskError['details']) =>
  errorPlacement(screen, error(code, details));

describe('error placement', () => {
  it('shows an empty or malformed identity field on that field, and focuses it', () => {
    for (const field of ['lastName', 'firstName', 'mobile'] as const) {
      expect(place('identity', 'IDENTITY_INVALID', { reason: field })).toEqual({
        field,
        focus: field,
      });
    }
  });

  it('never points the mismatch message at a field, even if a reason came with it (S-ENUM-1)', () => {
    expect(place('identity', 'IDENTITY_MISMATCH')).toEqual({ field: null, focus: null });
    expect(place('identity', 'IDENTITY_MISMATCH', { reason: 'mobile' })).toEqual({
      field: null,
      focus: null,
    });
  });

  it('shows a wrong code on the code field, a refused resend under the form', () => {
    expect(place('code', 'CODE_INVALID', { remainingAttempts: 3 })).toEqual({
      field: 'code',
      focus: 'code',
    });
    expect(place('code', 'CODE_FORMAT').field).toBe('code');
    expect(place('code', 'SMS_RESEND_COOLDOWN')).toEqual({ field: null, focus: null });
  });

  it("shows a wrong birth date on that child's date, a missing answer under the list", () => {
    expect(place('children', 'BIRTHDATE_MISMATCH', { remainingAttempts: 2 }).field).toBe(
      'birthDate',
    );
    expect(place('children', 'BIRTHDATE_FORMAT').field).toBe('birthDate');
    expect(place('children', 'CHILDREN_PENDING').field).toBeNull();
  });

  it('shows a too short or common password on the password, "not the same" on the confirmation', () => {
    expect(place('password', 'PASSWORD_TOO_SHORT').field).toBe('password');
    expect(place('password', 'PASSWORD_BLOCKLISTED', { reason: 'common' }).field).toBe('password');
    expect(place('password', 'PASSWORD_MISMATCH')).toEqual({
      field: 'confirmation',
      focus: 'confirmation',
    });
  });

  it('never ties a failed login to a field, but puts the focus on the emptied password', () => {
    expect(place('login', 'LOGIN_FAILED')).toEqual({ field: null, focus: 'password' });
  });
});
