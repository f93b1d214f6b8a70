// S-SEC-1: claiming the console. Until the first staff account exists, creating it needs a
// one-time setup code that only the school can read: the kiosk's start-up log, the roster CLI
// and `npm run config -- console setup-code` print one (each print replaces the previous code).
//
// Only a salted SHA-256 of the code is stored, in the database: every process that prints a
// code (the kiosk, the roster CLI, the config CLI) opens that database, and the kiosk checks the
// last one printed, whichever printed it; the keychain would leave the roster CLI and kiosks
// without one out. A slow hash is not needed: the code is 12 random characters from 31 (about
// 59 bits) and wrong tries are throttled, so the hash cannot be brute-forced from a stolen
// database in any useful time, and the code is worth nothing once the first account exists.
import {
  createHash,
  randomBytes,
  randomInt as cryptoRandomInt,
  timingSafeEqual,
} from 'node:crypto';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';

/** No 0/O, 1/I/L: read from a terminal and typed on a touch keyboard. */
export const SETUP_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** The throttle key of wrong setup codes: upper case, so no parent identifier can collide. */
export const SETUP_CODE_THROTTLE_KEY = 'SETUP:console';

/** "K7MP-X3RT-H9WD": three groups of four. */
export function generateSetupCode(
  randomInt: (min: number, max: number) => number = cryptoRandomInt,
): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i++) {
      group += SETUP_CODE_ALPHABET[randomInt(0, SETUP_CODE_ALPHABET.length)];
    }
    groups.push(group);
  }
  return groups.join('-');
}

/** As typed: any case, spaces or dashes anywhere. */
const normalise = (typed: string): string =>
  typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s-]+/gu, '');

const digest = (salt: Buffer, typed: string): Buffer =>
  createHash('sha256').update(salt).update(normalise(typed), 'utf8').digest();

export interface ConsoleSetupCodes {
  /** True while no staff account exists: the console can still be claimed. */
  claimable(): boolean;
  /**
   * A new code, its hash stored in place of any previous one; null once the console is claimed
   * (no code is needed, none is printed).
   */
  issue(issuedBy: 'kiosk' | 'cli', now: Date): string | null;
  /** Constant-time check of a typed code against the last one printed. */
  matches(typed: string): boolean;
  /** The code is used up: the first account was created with it. Call inside its transaction. */
  consume(): void;
}

export function createConsoleSetupCodes(db: KioskDatabase): ConsoleSetupCodes {
  const anyStaff = db.prepare('SELECT EXISTS (SELECT 1 FROM staff_accounts) AS n').pluck();
  const replace = db.prepare(
    `INSERT INTO console_setup_code (id, salt, code_hash, issued_at, issued_by)
     VALUES (1, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET salt = excluded.salt, code_hash = excluded.code_hash,
       issued_at = excluded.issued_at, issued_by = excluded.issued_by`,
  );
  const current = db.prepare('SELECT salt, code_hash FROM console_setup_code WHERE id = 1');
  const remove = db.prepare('DELETE FROM console_setup_code');

  const claimable = () => anyStaff.get() === 0;
  return {
    claimable,
    issue(issuedBy, now) {
      return inTransaction(db, () => {
        if (!claimable()) return null;
        const code = generateSetupCode();
        const salt = randomBytes(16);
        replace.run(
          salt.toString('hex'),
          digest(salt, code).toString('hex'),
          now.toISOString(),
          issuedBy,
        );
        return code;
      });
    },
    matches(typed) {
      const row = current.get() as { salt: string; code_hash: string } | undefined;
      // Without a printed code nothing matches; the same hashing is done either way.
      const salt = row ? Buffer.from(row.salt, 'hex') : randomBytes(16);
      const expected = row ? Buffer.from(row.code_hash, 'hex') : randomBytes(32);
      const typedHash = digest(salt, typed.slice(0, 64));
      return timingSafeEqual(typedHash, expected) && row !== undefined;
    },
    consume() {
      remove.run();
    },
  };
}

/** The start-up log's and the CLIs' line (English, like every log line). */
export const setupCodeLine = (code: string): string =>
  `Console setup code (asked once, to create the first secretariat account): ${code}`;
