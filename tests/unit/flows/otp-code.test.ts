import { describe, expect, it, vi } from 'vitest';
import {
  generateOtpCode,
  hashOtpCode,
  normaliseTypedCode,
  otpCodeMatches,
} from '../../../main/flows/sms-code-step/otp-code';
import { smsText } from '../../../shared/sms-texts';

const key = Buffer.from('code-hmac-key-outside-the-database');

describe('OTP code', () => {
  it('S-OTP-1 draws six digits from randomInt(0, 10^6), zero-padded', () => {
    const randomInt = vi.fn(() => 4217);
    expect(generateOtpCode(randomInt)).toBe('004217');
    expect(randomInt).toHaveBeenCalledWith(0, 1_000_000);
    expect(generateOtpCode(() => 999_999)).toBe('999999');
    expect(generateOtpCode(() => 0)).toBe('000000');
  });

  it('S-OTP-1 uses crypto.randomInt-like output: many draws are all 6 digits', async () => {
    const { randomInt } = await import('node:crypto');
    for (let i = 0; i < 200; i += 1) expect(generateOtpCode(randomInt)).toMatch(/^\d{6}$/);
  });

  it('S-OTP-4 stores a keyed hash that is not the code and depends on key and flow', () => {
    const hmac = hashOtpCode(key, 'flow-1', '123456');
    expect(hmac).toMatch(/^[0-9a-f]{64}$/);
    expect(hmac).not.toContain('123456');
    expect(hashOtpCode(key, 'flow-2', '123456')).not.toBe(hmac);
    expect(hashOtpCode(Buffer.from('other key'), 'flow-1', '123456')).not.toBe(hmac);
  });

  it('S-OTP-4 compares in constant time and binds the code to its flow (S-OTP-3)', () => {
    const hmac = hashOtpCode(key, 'flow-1', '123456');
    expect(otpCodeMatches(key, 'flow-1', '123456', hmac)).toBe(true);
    expect(otpCodeMatches(key, 'flow-1', '123457', hmac)).toBe(false);
    expect(otpCodeMatches(key, 'flow-2', '123456', hmac)).toBe(false);
    expect(otpCodeMatches(key, 'flow-1', '123456', 'abcd')).toBe(false);
  });

  it('accepts spaces in a typed code and refuses anything but six digits', () => {
    expect(normaliseTypedCode(' 123 456 ')).toBe('123456');
    expect(normaliseTypedCode('12345')).toBeNull();
    expect(normaliseTypedCode('1234567')).toBeNull();
    expect(normaliseTypedCode('12345a')).toBeNull();
    expect(normaliseTypedCode('١٢٣٤٥٦')).toBeNull(); // Arabic-Indic digits are not \d
  });

  it('S-OTP-6 SMS text names the service and the validity and nothing else', () => {
    const activationSmsText = (serviceName: string, code: string, validityMinutes: number) =>
      smsText('activation-code', 'fr', { serviceName, code, validityMinutes });
    expect(activationSmsText('EduConnect', '004217', 30)).toBe(
      "EduConnect : votre code d'activation est 004217. Il est valable 30 minutes. Ne le communiquez à personne.",
    );
    expect(activationSmsText('ENT Collège', '123456', 15)).toMatch(/^ENT Collège : .* 15 minutes/u);
  });
});
