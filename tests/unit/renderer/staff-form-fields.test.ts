// S-A11Y-1: a refused staff form shows the message next to the field to fix.
import { describe, expect, it } from 'vitest';
import { staffFormFieldOf } from '../../../renderer/src/console/staff-form-fields';
import { STAFF_FORM_FIELDS } from '../../../renderer/src/console/staff-form-variants';
import { createKioskI18n } from '../../../renderer/src/i18n';

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

describe('the staff form variants', () => {
  const { global } = createKioskI18n();

  it('have every label and hint in the French catalogue', () => {
    for (const [variant, fields] of Object.entries(STAFF_FORM_FIELDS)) {
      for (const field of fields) {
        expect(global.te(field.label), `${variant}: ${field.label}`).toBe(true);
        if (field.hint) expect(global.te(field.hint), `${variant}: ${field.hint}`).toBe(true);
      }
    }
  });

  it('ask the setup code first on the first account only, and hide every password', () => {
    expect(STAFF_FORM_FIELDS.setup[0]?.name).toBe('setupCode');
    for (const [variant, fields] of Object.entries(STAFF_FORM_FIELDS)) {
      if (variant !== 'setup') expect(fields.map((f) => f.name)).not.toContain('setupCode');
      for (const field of fields) {
        const isPassword = ['current', 'password', 'confirmation'].includes(field.name);
        expect(field.secret === true, `${variant}: ${field.name}`).toBe(isPassword);
      }
    }
  });
});
