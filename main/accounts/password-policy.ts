import type { PasswordBlocklistReason } from '../../shared/error-codes';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../shared/limits';
import { foldName } from '../../shared/fold-name';
import { COMMON_PASSWORDS } from './common-passwords';

export interface PasswordContext {
  /** The account's identifier ("patrick.dupont1"). */
  identifier: string;
  /** The guardian's and the children's first, family and usage names (S-PWD-2). */
  personalNames: readonly string[];
  /** The service's names: the one the SMS names (settings.serviceName) and "educonnect". */
  serviceNames: readonly string[];
}

export type PasswordCheck =
  | { ok: true; password: string }
  | { ok: false; code: 'PASSWORD_MISMATCH' | 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' }
  | { ok: false; code: 'PASSWORD_BLOCKLISTED'; reason: PasswordBlocklistReason };

/** S-PWD-2 names "educonnect" whatever the school calls its service. */
const EDUCONNECT = 'educonnect';
const MIN_NAME_LENGTH = 3;

/** The service names a password must not contain: the configured one and "educonnect". */
export const serviceNamesOf = (serviceName: string): string[] => [serviceName, EDUCONNECT];

/** Folded with separators removed, so "Jean Pierre" and "jean-pierre" compare equal. */
const compact = (text: string): string => foldName(text).replace(/ /gu, '');

/** Whole names and each of their words, when long enough to mean something. */
function nameFragments(names: readonly string[]): string[] {
  const fragments = new Set<string>();
  for (const name of names) {
    const folded = foldName(name);
    for (const fragment of [folded.replace(/ /gu, ''), ...folded.split(' ')]) {
      if (fragment.length >= MIN_NAME_LENGTH) fragments.add(fragment);
    }
  }
  return [...fragments];
}

function blocklistReason(
  password: string,
  context: PasswordContext,
): PasswordBlocklistReason | null {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.replace(/\s+/gu, ''))) {
    return 'common';
  }
  const folded = compact(password);
  const identifier = compact(context.identifier);
  if (identifier.length >= MIN_NAME_LENGTH && folded.includes(identifier)) return 'identifier';
  if (nameFragments(context.personalNames).some((fragment) => folded.includes(fragment))) {
    return 'personal';
  }
  const services = context.serviceNames.map(compact).filter((s) => s.length >= MIN_NAME_LENGTH);
  if (services.some((service) => folded.includes(service))) return 'service';
  return null;
}

/**
 * S-PWD-1/2: NFKC-normalised, 12 to 128 code points, any character (spaces too), no
 * composition rules, not common and not built from the identifier, the family's names or the
 * service's name. Returns the normalised password to hash.
 */
export function checkNewPassword(
  rawPassword: string,
  rawConfirmation: string,
  context: PasswordContext,
): PasswordCheck {
  const password = rawPassword.normalize('NFKC');
  const confirmation = rawConfirmation.normalize('NFKC');
  // Rules about the password itself first: the parent fixes the first field before retyping
  // the confirmation on the on-screen keyboard.
  const length = [...password].length; // code points, not UTF-16 units
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, code: 'PASSWORD_TOO_SHORT' };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, code: 'PASSWORD_TOO_LONG' };
  const reason = blocklistReason(password, context);
  if (reason) return { ok: false, code: 'PASSWORD_BLOCKLISTED', reason };
  if (password !== confirmation) return { ok: false, code: 'PASSWORD_MISMATCH' };
  return { ok: true, password };
}
