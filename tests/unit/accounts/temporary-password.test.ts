import { describe, expect, it } from 'vitest';
import {
  generateTemporaryPassword,
  TEMPORARY_PASSWORD_ALPHABET,
} from '../../../main/desk/temporary-password';
import { checkNewPassword } from '../../../main/accounts/password-policy';

const context = {
  identifier: 'patrick.dupont1',
  personalNames: ['Patrick', 'DUPONT', 'Léa', 'DUMAS'],
  serviceNames: ['EduConnect', 'educonnect'],
};

/** randomInt that replays the given alphabet indexes, over and over. */
const replay = (indexes: number[]) => {
  let i = 0;
  return (min: number, max: number) => {
    const value = indexes[i % indexes.length] ?? 0;
    i += 1;
    expect([min, max]).toEqual([0, TEMPORARY_PASSWORD_ALPHABET.length]);
    return value;
  };
};
const indexesOf = (text: string) => [...text].map((c) => TEMPORARY_PASSWORD_ALPHABET.indexOf(c));

describe('temporary passwords', () => {
  it('has no character a parent could misread (0/o, 1/l/i) and no capital', () => {
    expect(TEMPORARY_PASSWORD_ALPHABET).not.toMatch(/[01ilo]|[A-Z]/u);
    expect(new Set(TEMPORARY_PASSWORD_ALPHABET).size).toBe(TEMPORARY_PASSWORD_ALPHABET.length);
  });

  it('S-PWD-1: four groups of four, 19 characters, accepted by the parents’ own rules', () => {
    const password = generateTemporaryPassword(context);
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/u);
    expect(checkNewPassword(password, password, context).ok).toBe(true);
  });

  it('S-PWD-2: draws again when a draw spells a family name', () => {
    const spellsDumas = indexesOf('dumaskmnpqrstuvw');
    const fine = indexesOf('k7mpx3rth9wdf4ae');
    const password = generateTemporaryPassword(context, replay([...spellsDumas, ...fine]));
    expect(password).toBe('k7mp-x3rt-h9wd-f4ae');
  });

  it('gives up loudly rather than loop when the random source is broken', () => {
    expect(() => generateTemporaryPassword(context, replay(indexesOf('dumas')))).toThrow(
      /20 draws/u,
    );
  });
});
