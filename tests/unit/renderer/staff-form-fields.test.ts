// S-A11Y-1: a refused staff form shows the message next to the field to fix.
import { describe, expect, it } from 'vitest';
import { staffFormFieldOf } from '../../../renderer/src/console/staff-form-fields';

describe('staff form errors', () => {
  it('go next to the field they are about, or to the whole form', () => {
    expect(staffFormFieldOf('SETUP_CODE_INVALID')).toBe('setupCode');
    expect(staffFormFieldOf('STAFF_USERNAME_TAKEN')).toBe('username');
    expect(staffFormFieldOf('STAFF_NAME_INVALID')).toBe('displayName');
    expect(staffFormFieldOf('CURRENT_PASSWORD_WRONG')).toBe('current');
    expect(staffFormFieldOf('PASSWORD_MISMATCH')).toBe('confirmation');
    expect(staffFormFieldOf('PASSWORD_UNCHANGED')).toBe('password');
    expect(staffFormFieldOf('PASSWORD_BLOCKLISTED')).toBe('password');
    expect(staffFormFieldOf('LOGIN_THROTTLED')).toBeNull();
    expect(staffFormFieldOf(undefined)).toBeNull();
  });
});
