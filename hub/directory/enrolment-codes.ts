// One-time enrolment codes (S-SYNC-1): 16 characters from an alphabet without look-alikes,
// from the OS's random source, stored as SHA-256, valid 24 h by the database's clock, used once.
import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { hubFail, hubOk, type HubResult } from '../errors/hub-result';
import { schoolExists } from './schools';
import { sha256Hex } from './secret-hash';

/** 32 characters without 0/O or 1/I: 256 is a multiple of 32, so every character is equally likely. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 16;

/** What the secretary types may carry spaces, dashes or lower case: the hash is of the canonical form. */
export const canonicalCode = (typed: string): string => typed.replace(/[\s-]/gu, '').toUpperCase();

export const enrolmentCodeHash = (typed: string): string => sha256Hex(canonicalCode(typed));

function randomCode(): string {
  return [...randomBytes(CODE_LENGTH)]
    .map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length])
    .join('');
}

/** Groups of four, easier to read aloud and type: `ABCD-EFGH-JKMN-PQRS`. */
export const displayedCode = (code: string): string => code.match(/.{1,4}/gu)?.join('-') ?? code;

export async function createEnrolmentCode(
  pool: Pool,
  schoolUai: string,
): Promise<HubResult<{ code: string; expiresAt: Date }>> {
  if (!(await schoolExists(pool, schoolUai))) return hubFail('not-found', `no school ${schoolUai}`);
  const code = randomCode();
  const { rows } = await pool.query<{ expires_at: Date }>(
    `INSERT INTO enrolment_codes (code_hash, school_uai, expires_at)
     VALUES ($1, $2, now() + interval '24 hours') RETURNING expires_at`,
    [enrolmentCodeHash(code), schoolUai],
  );
  return hubOk({ code: displayedCode(code), expiresAt: rows[0]?.expires_at ?? new Date(NaN) });
}
