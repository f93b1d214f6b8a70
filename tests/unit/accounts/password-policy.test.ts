import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from '../../../main/accounts/common-passwords';
import { checkNewPassword, serviceNamesOf } from '../../../main/accounts/password-policy';

const context = {
  identifier: 'patrick.dupont1',
  personalNames: ['Patrick', 'DUPONT', '', 'Léa', 'Dupont', 'Jean-Baptiste'],
  serviceNames: serviceNamesOf('EduConnect'),
};
const check = (password: string, confirmation = password) =>
  checkNewPassword(password, confirmation, context);

describe('password policy (S-PWD-1, S-PWD-2)', () => {
  it('S-PWD-1 accepts a 12-character passphrase with spaces and no composition rule', () => {
    expect(check('cheval pomme')).toEqual({ ok: true, password: 'cheval pomme' });
  });

  it('S-PWD-1 refuses 11 characters and counts code points, not UTF-16 units', () => {
    expect(check('abcdefghijk')).toEqual({ ok: false, code: 'PASSWORD_TOO_SHORT' });
    // 11 emoji are 22 UTF-16 units but 11 characters.
    expect(check('🦊'.repeat(11))).toEqual({ ok: false, code: 'PASSWORD_TOO_SHORT' });
    expect(check('🦊'.repeat(12)).ok).toBe(true);
  });

  it('S-PWD-1 accepts 128 characters and refuses 129', () => {
    expect(check('x'.repeat(60) + 'y'.repeat(68)).ok).toBe(true);
    expect(check('x'.repeat(60) + 'y'.repeat(69))).toEqual({
      ok: false,
      code: 'PASSWORD_TOO_LONG',
    });
  });

  it('S-PWD-1 NFKC-normalises, so compatibility forms of the same text match', () => {
    const fullWidth = 'ｇｉｒａｆｅ ｖｅｒｔｅ'; // full-width letters
    const result = check(fullWidth, 'girafe verte');
    expect(result).toEqual({ ok: true, password: 'girafe verte' });
  });

  it('judges the password itself before comparing it with an empty or different confirmation', () => {
    expect(check('court', '')).toEqual({ ok: false, code: 'PASSWORD_TOO_SHORT' });
    expect(check('azertyuiop123', '')).toEqual({
      ok: false,
      code: 'PASSWORD_BLOCKLISTED',
      reason: 'common',
    });
  });

  it('refuses different confirmation', () => {
    expect(check('cheval pomme', 'cheval pommes')).toEqual({
      ok: false,
      code: 'PASSWORD_MISMATCH',
    });
  });

  it('S-PWD-2 refuses the example sentence the password screen shows', () => {
    for (const example of [
      'Mon chat dort sur le canapé bleu',
      'mon chat dort sur le canape bleu',
    ]) {
      expect(check(example)).toEqual({ ok: false, code: 'PASSWORD_BLOCKLISTED', reason: 'common' });
    }
  });

  it('S-PWD-2 refuses common passwords whatever the case', () => {
    for (const common of ['azertyuiop123', 'MotDePasse123', '123456789012', 'soleil123456']) {
      expect(check(common)).toEqual({ ok: false, code: 'PASSWORD_BLOCKLISTED', reason: 'common' });
    }
  });

  it('S-PWD-2 has a few hundred common entries, all at least 12 characters', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(300);
    for (const entry of COMMON_PASSWORDS) expect([...entry].length).toBeGreaterThanOrEqual(12);
  });

  it('S-PWD-2 refuses the identifier', () => {
    expect(check('Patrick.Dupont1!!')).toMatchObject({ reason: 'identifier' });
  });

  it("S-PWD-2 refuses the guardian's and a child's names, folded", () => {
    expect(check('moi cest patrick 99')).toMatchObject({ reason: 'personal' });
    expect(check('ma fille LEA 2014 !')).toMatchObject({ reason: 'personal' });
    expect(check('jeanbaptiste est là')).toMatchObject({ reason: 'personal' });
    expect(check('Baptiste-le-chat!')).toMatchObject({ reason: 'personal' });
  });

  it('S-PWD-2 refuses the service name', () => {
    expect(check('mon EduConnect 2025')).toEqual({
      ok: false,
      code: 'PASSWORD_BLOCKLISTED',
      reason: 'service',
    });
  });

  it('S-PWD-2 refuses the configured service name, folded, and still "educonnect"', () => {
    const school = { ...context, serviceNames: serviceNamesOf('ENT Mon Collège') };
    expect(checkNewPassword('vive entmoncollege !', 'vive entmoncollege !', school)).toEqual({
      ok: false,
      code: 'PASSWORD_BLOCKLISTED',
      reason: 'service',
    });
    expect(checkNewPassword('mon EduConnect 2025', 'mon EduConnect 2025', school)).toMatchObject({
      reason: 'service',
    });
    // The default context does not know that school's name.
    expect(check('vive entmoncollege !').ok).toBe(true);
  });
});
