import { randomInt as cryptoRandomInt } from 'node:crypto';
import { checkNewPassword, type PasswordContext } from '../accounts/password-policy';

/**
 * Letters and digits a parent cannot misread on paper or mistype on the kiosk's keyboard: no
 * 0/o, 1/l/i, and lower case only (no shift on the on-screen keyboard).
 */
export const TEMPORARY_PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;
const MAX_DRAWS = 20;

/**
 * A one-time password the secretariat prints for a parent: four groups of four characters
 * ("k7mp-x3rt-h9wd-f4ae", 19 characters, about 79 bits), drawn with crypto.randomInt. It passes
 * the parents' own password rules (S-PWD-1/2): a draw that happens to spell a family name or the
 * identifier is thrown away.
 */
export function generateTemporaryPassword(
  context: PasswordContext,
  randomInt: (min: number, max: number) => number = cryptoRandomInt,
): string {
  for (let draw = 0; draw < MAX_DRAWS; draw += 1) {
    const groups: string[] = [];
    for (let g = 0; g < GROUPS; g += 1) {
      let group = '';
      for (let c = 0; c < GROUP_LENGTH; c += 1) {
        group += TEMPORARY_PASSWORD_ALPHABET[randomInt(0, TEMPORARY_PASSWORD_ALPHABET.length)];
      }
      groups.push(group);
    }
    const password = groups.join('-');
    if (checkNewPassword(password, password, context).ok) return password;
  }
  throw new Error('No acceptable temporary password after 20 draws (is randomInt random?)');
}
