import { createHmac, timingSafeEqual } from 'node:crypto';
import { OTP_CODE_LENGTH } from '../../../shared/limits';

export type RandomInt = (min: number, max: number) => number;

/** S-OTP-1: six decimal digits from a cryptographic source, zero-padded ("004217"). */
export function generateOtpCode(randomInt: RandomInt): string {
  return String(randomInt(0, 10 ** OTP_CODE_LENGTH)).padStart(OTP_CODE_LENGTH, '0');
}

/**
 * S-OTP-4: only this keyed hash is stored. Bound to the flow id, so a code is worth nothing in
 * another flow (S-OTP-3).
 */
export function hashOtpCode(key: Buffer, flowId: string, code: string): string {
  return createHmac('sha256', key).update(`${flowId}:${code}`, 'utf8').digest('hex');
}

/** Constant-time comparison of a typed code with the stored hash. */
export function otpCodeMatches(
  key: Buffer,
  flowId: string,
  code: string,
  storedHmac: string,
): boolean {
  const computed = Buffer.from(hashOtpCode(key, flowId, code), 'hex');
  const stored = Buffer.from(storedHmac, 'hex');
  return stored.length === computed.length && timingSafeEqual(computed, stored);
}

/** "123 456" → "123456"; null when it is not six digits (CODE_FORMAT, not counted). */
export function normaliseTypedCode(typed: string): string | null {
  const code = typed.replace(/\s+/gu, '');
  return new RegExp(`^\\d{${OTP_CODE_LENGTH}}$`, 'u').test(code) ? code : null;
}
