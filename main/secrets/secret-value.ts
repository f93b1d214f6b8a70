// What a secret may look like before it is stored, whoever types it (config command, settings
// screen). A refused value changes nothing. Problems in English (CLI and logs); the settings
// screen shows its own French text from the `problem` code.
import { SECRETS, type SecretName } from './secret-names';

/** Keys the kiosk makes itself are this long at least; a pepper a person sets must be too. */
export const MIN_GENERATED_SECRET_LENGTH = 32;
const MAX_SECRET_LENGTH = 4096;

export type SecretValueProblem =
  'empty' | 'spaces-around' | 'control-characters' | 'too-long' | 'too-short';

export interface RefusedSecretValue {
  problem: SecretValueProblem;
  message: string;
}

// Tokens and passwords are printable: a newline or a tab inside is a copy-paste accident.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export function checkSecretValue(name: SecretName, value: string): RefusedSecretValue | undefined {
  if (value.length === 0) return { problem: 'empty', message: `the value of ${name} is empty` };
  if (value.trim() !== value) {
    return {
      problem: 'spaces-around',
      message: `the value of ${name} starts or ends with a space: copy it again without`,
    };
  }
  if (CONTROL_CHARACTERS.test(value)) {
    return {
      problem: 'control-characters',
      message: `the value of ${name} holds a line break, tab or other control character`,
    };
  }
  if (value.length > MAX_SECRET_LENGTH) {
    return {
      problem: 'too-long',
      message: `the value of ${name} is longer than ${MAX_SECRET_LENGTH} characters`,
    };
  }
  if (SECRETS[name].generated && value.length < MIN_GENERATED_SECRET_LENGTH) {
    return {
      problem: 'too-short',
      message: `the ${SECRETS[name].description} must be at least ${MIN_GENERATED_SECRET_LENGTH} characters long`,
    };
  }
  return undefined;
}
