import { describe, expect, it } from 'vitest';
import { failedRecipient, providerMessage } from '../../../main/sms/android-gateway-protocol';
import { maskNumbersInText } from '../../../main/sms/mask-numbers-in-text';

describe('provider texts never carry a full phone number into logs (S-DATA-1)', () => {
  it.each([
    ['Failed to send to +33612345678', 'Failed to send to ••78'],
    ['number 06 12 34 56 78 unreachable', 'number ••78 unreachable'],
    ['0033.6.12.34.56.78', '••78'],
  ])('%j becomes %j', (text, masked) => {
    expect(maskNumbersInText(text)).toBe(masked);
  });

  it('keeps short numbers that are not phone numbers (status codes, counts)', () => {
    expect(maskNumbersInText('HTTP 409: 1 message with the same ID')).toBe(
      'HTTP 409: 1 message with the same ID',
    );
  });

  it('masks the Android gateway error body and a failed recipient reason', () => {
    expect(providerMessage({ message: 'Invalid phone number +33612345678' })).toBe(
      'Invalid phone number ••78',
    );
    const failed = failedRecipient({
      id: 'm1',
      state: 'Failed',
      recipients: [
        { phoneNumber: '+33612345678', state: 'Failed', error: 'no route to 0612345678' },
      ],
    } as Parameters<typeof failedRecipient>[0]);
    expect(failed?.error).toBe('no route to ••78');
  });
});
