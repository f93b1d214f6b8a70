import { describe, expect, it } from 'vitest';
import { maskMobile } from '../../../hub/rules/mask-mobile';

describe('a mobile in a conflict is masked (S-KIOSK-3)', () => {
  it('keeps the country code, the first digit and the last pair of a French mobile', () => {
    expect(maskMobile('+33612345678')).toBe('+33 6 •• •• •• 78');
  });

  it('keeps the same parts of a foreign number in its own grouping', () => {
    expect(maskMobile('+447911123456')).toBe('+44 7••• ••••56');
  });

  it('never shows more than three digits after the country code of a number it cannot parse', () => {
    const masked = maskMobile('+99912345678');
    expect(masked.replace(/\D/gu, '').length).toBeLessThanOrEqual(6);
    expect(masked.endsWith('78')).toBe(true);
  });
});
