// Codes and credential secrets are high-entropy random values, so a fast hash is right for
// them (no password-style stretching); only the hash is stored (S-SYNC-1).
import { createHash, timingSafeEqual } from 'node:crypto';

export const sha256Hex = (value: string): string =>
  createHash('sha256').update(value, 'utf8').digest('hex');

/** Compares a presented secret with a stored hash in constant time. */
export function matchesHash(secret: string, storedHashHex: string): boolean {
  const presented = createHash('sha256').update(secret, 'utf8').digest();
  const stored = Buffer.from(storedHashHex, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}
