import { describe, expect, it } from 'vitest';
import { formatBirthDateTyping } from '../../../renderer/src/format/birth-date';
import { digitsOnly, sanitizePhoneTyping } from '../../../renderer/src/format/phone';
import { deleteBackward, insertText } from '../../../renderer/src/keyboard/text-edit';

/** Types characters one by one through the formatter, as the field does. */
const typeDate = (keys: string) =>
  [...keys].reduce(
    (value, key) =>
      insertText(value, value.length, value.length, key, { format: formatBirthDateTyping }).value,
    '',
  );

describe('birth date typing (jj/mm/aaaa)', () => {
  it('types the slashes for you', () => {
    expect(typeDate('03092014')).toBe('03/09/2014');
    expect(typeDate('0')).toBe('0');
    expect(typeDate('03')).toBe('03');
    expect(typeDate('030')).toBe('03/0');
    expect(typeDate('0309')).toBe('03/09');
    expect(typeDate('03092')).toBe('03/09/2');
  });

  it('keeps digits only and stops after the year', () => {
    expect(formatBirthDateTyping('ab03c09x2014')).toBe('03/09/2014');
    expect(formatBirthDateTyping('0309201499')).toBe('03/09/2014');
    expect(formatBirthDateTyping('03/09/2014')).toBe('03/09/2014');
  });

  it('pads a one-digit day or month when a separator is typed', () => {
    expect(formatBirthDateTyping('3/9/2014')).toBe('03/09/2014');
    expect(formatBirthDateTyping('3.9.2014')).toBe('03/09/2014');
  });

  it('never gets stuck behind an automatic slash when deleting', () => {
    let state = { value: '03/09', caret: 5 };
    state = deleteBackward(state.value, state.caret, state.caret, {
      format: formatBirthDateTyping,
    });
    expect(state.value).toBe('03/0');
    state = deleteBackward(state.value, state.value.length, state.value.length, {
      format: formatBirthDateTyping,
    });
    expect(state.value).toBe('03/');
    state = deleteBackward(state.value, state.value.length, state.value.length, {
      format: formatBirthDateTyping,
    });
    expect(state.value).toBe('03');
    state = deleteBackward(state.value, state.value.length, state.value.length, {
      format: formatBirthDateTyping,
    });
    expect(state.value).toBe('0');
  });
});

describe('phone and code fields', () => {
  it('accepts spaces, dots and a leading +', () => {
    expect(sanitizePhoneTyping('06 12 34 56 78')).toBe('06 12 34 56 78');
    expect(sanitizePhoneTyping('+33 6 12 34 56 78')).toBe('+33 6 12 34 56 78');
    expect(sanitizePhoneTyping('06.12.34.56.78')).toBe('06.12.34.56.78');
    expect(sanitizePhoneTyping('06  12abc34')).toBe('06 1234');
    expect(sanitizePhoneTyping('06+12')).toBe('0612');
    expect(sanitizePhoneTyping('0'.repeat(50)).length).toBe(30);
  });

  it('keeps 6 digits for the code', () => {
    expect(digitsOnly('12 34-567', 6)).toBe('123456');
  });
});

describe('on-screen keyboard editing', () => {
  it('inserts at the caret and replaces a selection', () => {
    expect(insertText('Dupnt', 3, 3, 'o')).toEqual({ value: 'Dupont', caret: 4 });
    expect(insertText('Dupont', 0, 6, 'Martin')).toEqual({ value: 'Martin', caret: 6 });
    expect(insertText('abc', null, null, 'é')).toEqual({ value: 'abcé', caret: 4 });
  });

  it('refuses to go past maxLength', () => {
    expect(insertText('123456', 6, 6, '7', { maxLength: 6 })).toEqual({
      value: '123456',
      caret: 6,
    });
  });

  it('deletes before the caret, whole emoji included', () => {
    expect(deleteBackward('Dupont', 6, 6)).toEqual({ value: 'Dupon', caret: 5 });
    expect(deleteBackward('Dupont', 0, 0)).toEqual({ value: 'Dupont', caret: 0 });
    expect(deleteBackward('ab😀', 4, 4)).toEqual({ value: 'ab', caret: 2 });
    expect(deleteBackward('Dupont', 1, 4)).toEqual({ value: 'Dnt', caret: 1 });
  });
});
