import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { errorPlacement } from '../../../renderer/src/format/error-placement';
import { errorMessage } from '../../../renderer/src/format/error-message';
import { recoveryStepPlace } from '../../../renderer/src/format/recovery-steps';
import { fr } from '../../../renderer/src/i18n/fr';
import { useRecoveryStore } from '../../../renderer/src/stores/recovery';
import { endVisit } from '../../../renderer/src/stores/end-visit';
import { setBridgeForTests } from '../../../renderer/src/bridge/kiosk-client';

beforeEach(() => setActivePinia(createPinia()));

describe('recovery steps in the renderer', () => {
  it('numbers the steps of each recovery: 3 for the identifier, 4 for the password', () => {
    expect(recoveryStepPlace('identifier', 'confirm-send')).toMatchObject({ n: 1, total: 3 });
    expect(recoveryStepPlace('identifier', 'done')).toMatchObject({ n: 3, total: 3 });
    expect(recoveryStepPlace('password', 'birth-date')).toMatchObject({ n: 3, total: 4 });
    expect(recoveryStepPlace('password', 'new-password')).toMatchObject({ n: 4, total: 4 });
    expect(recoveryStepPlace('password', 'done')).toBeNull();
  });

  it('puts each error on its field: identifier, birth date, current and new password', () => {
    const error = (code: string, reason?: string) =>
      ({ code, message: '', ...(reason ? { details: { reason } } : {}) }) as never;
    expect(errorPlacement('identity', error('IDENTITY_INVALID', 'identifier')).field).toBe(
      'identifier',
    );
    expect(errorPlacement('birth-date', error('BIRTHDATE_MISMATCH')).field).toBe('birthDate');
    expect(errorPlacement('change-password', error('CURRENT_PASSWORD_WRONG')).field).toBe(
      'currentPassword',
    );
    expect(errorPlacement('new-password', error('PASSWORD_UNCHANGED')).field).toBe('password');
    expect(errorPlacement('new-password', error('PASSWORD_MISMATCH')).field).toBe('confirmation');
  });

  it('names the identifier field in French when it is empty', () => {
    const t = (key: string) => key;
    expect(
      errorMessage(t, { code: 'IDENTITY_INVALID', message: '', details: { reason: 'identifier' } }),
    ).toBe('identity.invalid.identifier');
    expect(fr.identity.invalid.identifier).toBe('Saisissez votre identifiant.');
  });

  it('has a French ending for every recovery reason', () => {
    // Which reason a recovery ends with is the main process's (recovery-view-builder.ts; tested
    // in tests/integration/core/flow-ending-views.test.ts and recovery-flows.test.ts).
    for (const reason of ['expired', 'too-many-birthdates', 'guardian-locked'] as const) {
      expect(fr.recovery.ended[reason].title).not.toBe('');
    }
  });

  it('S-KIOSK-1 the end of a visit forgets what was typed for a recovery', async () => {
    setBridgeForTests({ invoke: async () => ({ ok: true, value: { reset: true } }) as never });
    const recovery = useRecoveryStore();
    recovery.typed.identifier = 'patrick.dupont1';
    recovery.typed.mobile = '06 12 34 56 78';
    await endVisit();
    expect(recovery.typed).toEqual({ identifier: '', lastName: '', firstName: '', mobile: '' });
  });
});
