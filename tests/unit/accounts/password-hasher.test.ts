import { describe, expect, it } from 'vitest';
import {
  createPasswordHasher,
  DEFAULT_SCRYPT_PARAMETERS,
} from '../../../main/accounts/password-hasher';

const pepper = Buffer.from('test-pepper-kept-outside-the-db');
const fast = { N: 2 ** 10, r: 8, p: 1 };

describe('password hasher (S-PWD-3)', () => {
  it('round-trips and refuses a wrong password', async () => {
    const hasher = createPasswordHasher(pepper, fast);
    const stored = await hasher.hash('cheval pomme verte');
    expect(await hasher.verify('cheval pomme verte', stored)).toBe(true);
    expect(await hasher.verify('cheval pomme vertE', stored)).toBe(false);
  });

  it('records algorithm and parameters, salts every hash, never contains the password', async () => {
    const hasher = createPasswordHasher(pepper, fast);
    const a = await hasher.hash('cheval pomme verte');
    const b = await hasher.hash('cheval pomme verte');
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('cheval');
  });

  it('uses the pepper: another pepper does not verify', async () => {
    const stored = await createPasswordHasher(pepper, fast).hash('cheval pomme verte');
    const other = createPasswordHasher(Buffer.from('another pepper'), fast);
    expect(await other.verify('cheval pomme verte', stored)).toBe(false);
  });

  it('verifies with the parameters stored in the hash', async () => {
    const stored = await createPasswordHasher(pepper, { N: 2 ** 11, r: 8, p: 1 }).hash('abc');
    expect(await createPasswordHasher(pepper, fast).verify('abc', stored)).toBe(true);
  });

  it('treats a malformed hash as no match, and a dummy hash matches nothing', async () => {
    const hasher = createPasswordHasher(pepper, fast);
    expect(await hasher.verify('x', 'not-a-hash')).toBe(false);
    expect(await hasher.verify('x', hasher.dummyHash())).toBe(false);
    expect(hasher.dummyHash()).toMatch(/^scrypt\$1024\$8\$1\$/);
  });

  it('S-PWD-3 defaults to N = 2^17, r = 8, p = 1 and stores them', async () => {
    expect(DEFAULT_SCRYPT_PARAMETERS).toEqual({ N: 131072, r: 8, p: 1 });
    const hasher = createPasswordHasher(pepper);
    const stored = await hasher.hash('cheval pomme verte');
    expect(stored.startsWith('scrypt$131072$8$1$')).toBe(true);
    expect(await hasher.verify('cheval pomme verte', stored)).toBe(true);
  });
});
