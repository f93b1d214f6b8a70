import { describe, expect, it } from 'vitest';
import { checkSecretValue } from '../../../main/secrets/secret-value';

describe('what a secret may look like', () => {
  it('takes a token as pasted, refuses what is surely a copy-paste accident', () => {
    expect(checkSecretValue('twilio-auth-token', 'a1b2c3d4e5f6')).toBeUndefined();
    expect(checkSecretValue('sms-password', 'p@ss wörd')).toBeUndefined();
    expect(checkSecretValue('sms-password', '')?.problem).toBe('empty');
    expect(checkSecretValue('sms-password', 'pw ')?.problem).toBe('spaces-around');
    expect(checkSecretValue('sms-password', 'p\nw')?.problem).toBe('control-characters');
    expect(checkSecretValue('sms-password', 'x'.repeat(5000))?.problem).toBe('too-long');
  });

  it('S-PWD-3 a pepper or code key a person sets is at least 32 characters', () => {
    expect(checkSecretValue('password-pepper', 'x'.repeat(31))?.message).toMatch(
      /password pepper must be at least 32 characters/,
    );
    expect(checkSecretValue('password-pepper', 'x'.repeat(32))).toBeUndefined();
    expect(checkSecretValue('code-hmac-key', 'short')?.problem).toBe('too-short');
  });
});
