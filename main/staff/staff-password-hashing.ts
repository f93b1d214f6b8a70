// Staff passwords and the pepper that hashed each one (S-PWD-3, README "Secrets").
//
// Why a staff hash may be verified with the published demo pepper: a demo kiosk without an OS
// keychain has no secret pepper, yet the console must let the school create its staff accounts
// before going live. Those hashes are then only as strong as scrypt alone: the pepper's point
// (a stolen database alone is useless) does not hold for them, whatever we do, since the demo
// pepper is public. Refusing them once the school's pepper is set would lock the secretariat
// out (the old "known limit") and protect nothing more. So each row records its pepper, is
// verified with it, and on the first successful login is hashed again with the school's pepper
// and marked so: the weak hashes last only until each account's next login. New hashes are
// always made with the pepper in use, never the demo one when the school's is there.
//
// Rows from before schema version 9 have no recorded pepper (NULL): they are tried with the
// pepper in use, then with the demo one. That second scrypt makes a wrong password on such a row
// slower than on an unknown username; the staff login throttle bounds the probing, and the state
// ends at each account's next login.
import {
  createPasswordHasher,
  type PasswordHasher,
  type ScryptParameters,
} from '../accounts/password-hasher';
import {
  DEMO_PASSWORD_PEPPER,
  pepperKindOf,
  type PepperKind,
} from '../accounts/demo-password-pepper';

export interface StoredStaffPassword {
  password_hash: string;
  /** NULL: made before the pepper was recorded (schema version 9). */
  pepper: PepperKind | null;
}

export interface StaffPasswordCheck {
  matches: boolean;
  /** The password was right but is not hashed with the pepper in use: hash it again. */
  needsRehash: boolean;
}

export interface StaffPasswordHashing {
  /** The pepper new hashes are made with. */
  currentPepper: PepperKind;
  hash(password: string): Promise<{ hash: string; pepper: PepperKind }>;
  /** Verifies with the row's own pepper; costs at least one scrypt whatever the row holds. */
  verify(password: string, stored: StoredStaffPassword | undefined): Promise<StaffPasswordCheck>;
}

export function createStaffPasswordHashing(
  pepper: Buffer,
  params: ScryptParameters,
  current: PasswordHasher = createPasswordHasher(pepper, params),
): StaffPasswordHashing {
  const currentPepper = pepperKindOf(pepper);
  const demo =
    currentPepper === 'demo' ? current : createPasswordHasher(DEMO_PASSWORD_PEPPER, params);
  const dummyHash = current.dummyHash();
  const hasherFor = (kind: PepperKind): PasswordHasher | null => {
    if (kind === currentPepper) return current;
    // The school's pepper is not available while the kiosk runs on the demo one.
    return kind === 'demo' ? demo : null;
  };

  return {
    currentPepper,
    async hash(password) {
      return { hash: await current.hash(password), pepper: currentPepper };
    },
    async verify(password, stored) {
      if (stored && stored.pepper !== null) {
        const hasher = hasherFor(stored.pepper);
        const matches = await (hasher ?? current).verify(
          password,
          hasher ? stored.password_hash : dummyHash,
        );
        return { matches, needsRehash: matches && stored.pepper !== currentPepper };
      }
      const hash = stored?.password_hash ?? dummyHash;
      if (await current.verify(password, hash)) {
        // Unrecorded, but made with the pepper in use: record it.
        return { matches: true, needsRehash: stored !== undefined };
      }
      if (!stored || currentPepper === 'demo') return { matches: false, needsRehash: false };
      const matches = await demo.verify(password, hash);
      return { matches, needsRehash: matches };
    },
  };
}
