// Where an error goes on screen: next to which field (aria-invalid on it) or under the form,
// and what gets the focus afterwards. One rule for every screen (S-A11Y-1: errors name the
// field); the screens only render what this says.
import type { ActivationStep } from '../../../shared/activation-view';
import type { RecoveryStep } from '../../../shared/recovery-view';
import type { KioskError } from '../../../shared/result';

export type ErrorField =
  | 'lastName'
  | 'firstName'
  | 'mobile'
  | 'code'
  | 'birthDate'
  | 'password'
  | 'confirmation'
  | 'identifier'
  | 'currentPassword';

export interface ErrorPlacement {
  /** The field the message is shown on (aria-invalid); null: under the form, for no field. */
  field: ErrorField | null;
  /** What gets the focus: a field, or null for the message itself. */
  focus: ErrorField | null;
}

/**
 * The screens with fields and errors: the activation and recovery steps, the login screen and
 * "Changer mon mot de passe".
 */
export type ErrorScreen = ActivationStep | RecoveryStep | 'login' | 'change-password';

// 'identifier': the "Mot de passe perdu" form that asks for the identifier alone.
const IDENTITY_FIELDS: readonly ErrorField[] = ['lastName', 'firstName', 'mobile', 'identifier'];

const onField = (field: ErrorField): ErrorPlacement => ({ field, focus: field });
const underForm = (focus: ErrorField | null = null): ErrorPlacement => ({ field: null, focus });

/** The identity field an IDENTITY_INVALID error names (details.reason), if any. */
export function identityFieldOf(error: KioskError | null): ErrorField | null {
  if (error?.code !== 'IDENTITY_INVALID') return null;
  const reason = error.details?.reason ?? '';
  return IDENTITY_FIELDS.find((field) => field === reason) ?? null;
}

export function errorPlacement(screen: ErrorScreen, error: KioskError): ErrorPlacement {
  switch (screen) {
    case 'identity': {
      const field = identityFieldOf(error);
      // IDENTITY_MISMATCH must never point at a field (S-ENUM-1).
      return field ? onField(field) : underForm();
    }
    case 'code':
      return ['CODE_FORMAT', 'CODE_INVALID', 'INVALID_REQUEST'].includes(error.code)
        ? onField('code')
        : underForm();
    case 'children':
      // The birth date of the child last answered (its report box when the answer was "Non").
      return [
        'BIRTHDATE_FORMAT',
        'BIRTHDATE_MISMATCH',
        'CHILD_UNKNOWN',
        'INVALID_REQUEST',
      ].includes(error.code)
        ? onField('birthDate')
        : underForm();
    case 'birth-date':
      return ['BIRTHDATE_FORMAT', 'BIRTHDATE_MISMATCH', 'INVALID_REQUEST'].includes(error.code)
        ? onField('birthDate')
        : underForm();
    case 'password':
    case 'new-password':
    case 'change-password':
      if (error.code === 'CURRENT_PASSWORD_WRONG') return onField('currentPassword');
      if (
        [
          'PASSWORD_TOO_SHORT',
          'PASSWORD_TOO_LONG',
          'PASSWORD_BLOCKLISTED',
          'PASSWORD_UNCHANGED',
        ].includes(error.code)
      ) {
        return onField('password');
      }
      return error.code === 'PASSWORD_MISMATCH' ? onField('confirmation') : underForm();
    case 'login':
      // LOGIN_FAILED names no field (it must not say which one was wrong); the emptied
      // password field is where the parent types again.
      return error.code === 'LOGIN_FAILED' ? underForm('password') : underForm();
    default:
      return underForm();
  }
}
