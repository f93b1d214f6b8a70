import { createHmac, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** S-PWD-3: scrypt with N ≥ 2^17, r = 8, p = 1. */
export interface ScryptParameters {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT_PARAMETERS: ScryptParameters = { N: 2 ** 17, r: 8, p: 1 };

const SALT_BYTES = 16;
const HASH_BYTES = 32;

function scryptAsync(secret: Buffer, salt: Buffer, params: ScryptParameters): Promise<Buffer> {
  // scrypt needs about 128·N·r bytes; Node refuses above maxmem (32 MiB by default, too small
  // for N = 2^17), so size it from the parameters with some headroom.
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 256 * params.N * params.r + 16 * 1024 * 1024,
  };
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, HASH_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export interface PasswordHasher {
  /** `scrypt$N$r$p$saltB64$hashB64`: the hash records its algorithm and parameters. */
  hash(password: string): Promise<string>;
  /** Constant-time comparison; false for a malformed stored hash. */
  verify(password: string, stored: string): Promise<boolean>;
  /** A well-formed hash no password matches: verifying against it costs the same (no enumeration). */
  dummyHash(): string;
}

interface ParsedHash {
  params: ScryptParameters;
  salt: Buffer;
  hash: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (![N, r, p].every((n) => Number.isSafeInteger(n) && n > 0)) return null;
  return {
    params: { N, r, p },
    salt: Buffer.from(parts[4] ?? '', 'base64'),
    hash: Buffer.from(parts[5] ?? '', 'base64'),
  };
}

export function createPasswordHasher(
  pepper: Buffer,
  params: ScryptParameters = DEFAULT_SCRYPT_PARAMETERS,
): PasswordHasher {
  // The pepper (a key outside the database) makes a stolen database alone useless (S-PWD-3).
  const peppered = (password: string): Buffer =>
    createHmac('sha256', pepper).update(password.normalize('NFKC'), 'utf8').digest();
  const format = (salt: Buffer, hash: Buffer, used: ScryptParameters): string =>
    `scrypt$${used.N}$${used.r}$${used.p}$${salt.toString('base64')}$${hash.toString('base64')}`;

  return {
    async hash(password) {
      const salt = randomBytes(SALT_BYTES);
      return format(salt, await scryptAsync(peppered(password), salt, params), params);
    },
    async verify(password, stored) {
      const parsed = parseHash(stored);
      if (!parsed || parsed.hash.length !== HASH_BYTES) return false;
      const computed = await scryptAsync(peppered(password), parsed.salt, parsed.params);
      return timingSafeEqual(computed, parsed.hash);
    },
    dummyHash() {
      return format(randomBytes(SALT_BYTES), randomBytes(HASH_BYTES), params);
    },
  };
}
