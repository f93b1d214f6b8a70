// The fields of every staff form of the console (StaffForm.vue), by variant: the first account
// (with the setup code), the login, one's own password (asked the current one, or forced after
// a temporary one), an added account and a reset, both with a temporary password. Labels and
// hints are i18n keys (console.setup, console.login, console.staff).
import type { StaffFormField } from './staff-form-fields';

export type StaffFormVariant = 'setup' | 'login' | 'own' | 'forced' | 'add' | 'reset';

export interface StaffFormFieldSpec {
  name: StaffFormField;
  label: string;
  hint?: string;
  autocomplete?: string;
  secret?: boolean;
  maxlength?: number;
}

/** What a staff form holds while it is typed (every variant uses some of it). */
export type StaffFormValues = Record<StaffFormField, string>;

export const emptyStaffFormValues = (): StaffFormValues => ({
  setupCode: '',
  displayName: '',
  username: '',
  current: '',
  password: '',
  confirmation: '',
});

/** One's own new password, typed twice (S-PWD-1/2). */
const OWN_NEW_PASSWORD: readonly StaffFormFieldSpec[] = [
  {
    name: 'password',
    label: 'console.staff.newPassword',
    hint: 'console.staff.newPasswordHint',
    autocomplete: 'new-password',
    secret: true,
  },
  {
    name: 'confirmation',
    label: 'console.staff.confirmation',
    autocomplete: 'new-password',
    secret: true,
  },
];

/** A temporary password given to someone else, typed twice; they choose their own next. */
const TEMPORARY_PASSWORD: readonly StaffFormFieldSpec[] = [
  {
    name: 'password',
    label: 'console.staff.temporaryPassword',
    hint: 'console.staff.temporaryPasswordHint',
    autocomplete: 'new-password',
    secret: true,
  },
  {
    name: 'confirmation',
    label: 'console.staff.temporaryConfirmation',
    autocomplete: 'new-password',
    secret: true,
  },
];

export const STAFF_FORM_FIELDS: Record<StaffFormVariant, readonly StaffFormFieldSpec[]> = {
  setup: [
    {
      name: 'setupCode',
      label: 'console.setup.setupCode',
      hint: 'console.setup.setupCodeHint',
      maxlength: 20,
    },
    {
      name: 'displayName',
      label: 'console.setup.displayName',
      hint: 'console.setup.displayNameHint',
    },
    {
      name: 'username',
      label: 'console.setup.username',
      hint: 'console.setup.usernameHint',
      autocomplete: 'username',
    },
    {
      name: 'password',
      label: 'console.setup.password',
      hint: 'console.setup.passwordHint',
      autocomplete: 'new-password',
      secret: true,
    },
    {
      name: 'confirmation',
      label: 'console.setup.confirmation',
      autocomplete: 'new-password',
      secret: true,
    },
  ],
  login: [
    { name: 'username', label: 'console.login.username', autocomplete: 'username' },
    {
      name: 'password',
      label: 'console.login.password',
      autocomplete: 'current-password',
      secret: true,
    },
  ],
  own: [
    {
      name: 'current',
      label: 'console.staff.currentPassword',
      autocomplete: 'current-password',
      secret: true,
    },
    ...OWN_NEW_PASSWORD,
  ],
  forced: OWN_NEW_PASSWORD,
  add: [
    {
      name: 'displayName',
      label: 'console.staff.displayName',
      hint: 'console.staff.displayNameHint',
      maxlength: 80,
    },
    {
      name: 'username',
      label: 'console.staff.newUsername',
      hint: 'console.staff.usernameHint',
      maxlength: 40,
    },
    ...TEMPORARY_PASSWORD,
  ],
  reset: TEMPORARY_PASSWORD,
};
