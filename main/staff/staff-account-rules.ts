// What a new staff account or a staff password must follow, wherever it is typed: the first
// account, one added in "Comptes du secrétariat", a reset, a change of one's own (S-PWD-1/2).
import { fail, ok, type Result } from '../../shared/result';
import { checkNewPassword, serviceNamesOf } from '../accounts/password-policy';

const USERNAME = /^[a-z0-9._-]{3,40}$/u;
const DISPLAY_NAME_MAX = 80;

/** "Secretariat.Martin " → "secretariat.martin": one spelling however it is typed. */
export const staffUsernameKey = (typed: string): string =>
  typed.normalize('NFKC').trim().toLowerCase();

export interface NewStaffTyped {
  username: string;
  displayName: string;
  password: string;
  confirmation: string;
}

export interface NewStaffChecked {
  username: string;
  displayName: string;
  /** NFKC-normalised, ready to hash. */
  password: string;
}

/** The new password of the staff account `who` (never containing its names or the service's). */
export function checkStaffPassword(
  password: string,
  confirmation: string,
  who: { username: string; displayName: string },
  serviceName: string,
): Result<string> {
  const check = checkNewPassword(password, confirmation, {
    identifier: who.username,
    personalNames: [who.displayName],
    serviceNames: serviceNamesOf(serviceName),
  });
  if (check.ok) return ok(check.password);
  return check.code === 'PASSWORD_BLOCKLISTED'
    ? fail(check.code, 'The password is not allowed', { reason: check.reason })
    : fail(check.code, 'The password does not follow the rules');
}

/** Username, displayed name and password of a staff account to create, checked in that order. */
export function checkNewStaff(typed: NewStaffTyped, serviceName: string): Result<NewStaffChecked> {
  const username = staffUsernameKey(typed.username);
  if (!USERNAME.test(username)) {
    return fail('STAFF_USERNAME_INVALID', 'Staff usernames are 3 to 40 of a-z 0-9 . - _');
  }
  const displayName = typed.displayName.normalize('NFKC').trim().replace(/\s+/gu, ' ');
  if (displayName === '' || [...displayName].length > DISPLAY_NAME_MAX) {
    return fail('STAFF_NAME_INVALID', 'The displayed name is empty or too long');
  }
  const password = checkStaffPassword(
    typed.password,
    typed.confirmation,
    { username, displayName },
    serviceName,
  );
  return password.ok ? ok({ username, displayName, password: password.value }) : password;
}
