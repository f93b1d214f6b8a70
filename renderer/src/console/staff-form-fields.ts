// Which field of a staff account form an error belongs to, so it is shown (and focused) next to
// it; null: a message for the whole form.
import type { ErrorCode } from '../../../shared/error-codes';

export type StaffFormField =
  'setupCode' | 'displayName' | 'username' | 'current' | 'password' | 'confirmation';

export function staffFormFieldOf(code: ErrorCode | undefined): StaffFormField | null {
  switch (code) {
    case 'SETUP_CODE_INVALID':
      return 'setupCode';
    case 'STAFF_NAME_INVALID':
      return 'displayName';
    case 'STAFF_USERNAME_INVALID':
    case 'STAFF_USERNAME_TAKEN':
      return 'username';
    case 'CURRENT_PASSWORD_WRONG':
      return 'current';
    case 'PASSWORD_MISMATCH':
      return 'confirmation';
    case 'PASSWORD_TOO_SHORT':
    case 'PASSWORD_TOO_LONG':
    case 'PASSWORD_BLOCKLISTED':
    case 'PASSWORD_UNCHANGED':
      return 'password';
    default:
      return null;
  }
}
