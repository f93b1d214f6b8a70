// Issue 14: the visit's language drives the screens' texts, and every end of a visit brings the
// next parent back to French (the console, opened after endVisit, too).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { KioskBridge } from '../../../shared/ipc-contract';
import { setBridgeForTests } from '../../../renderer/src/bridge/kiosk-client';
import { createKioskI18n } from '../../../renderer/src/i18n';
import { chooseLanguage, ltrValue, visitLanguage } from '../../../renderer/src/i18n/visit-language';
import { endVisit } from '../../../renderer/src/stores/end-visit';

beforeEach(() => {
  setActivePinia(createPinia());
  const bridge: KioskBridge = {
    async invoke() {
      return { ok: true, value: { reset: true } } as never;
    },
  };
  setBridgeForTests(bridge);
});
afterEach(() => setBridgeForTests(null));

describe('the visit language', () => {
  it("switches the screens' texts, and the end of the visit switches them back to French", async () => {
    const { global } = createKioskI18n();
    const t = global.t as unknown as (key: string) => string;
    expect(t('common.back')).toBe('Retour');
    await chooseLanguage('ar');
    expect(visitLanguage.value).toBe('ar');
    expect(t('common.back')).toBe('رجوع');
    // The console's texts exist in French only: they fall back to French.
    expect(t('console.title')).toBe('Console du secrétariat');

    await endVisit();
    expect(visitLanguage.value).toBe('fr');
    expect(global.locale.value).toBe('fr');
    expect(t('common.back')).toBe('Retour');
  });

  it('isolates a left-to-right value only on a right-to-left page', async () => {
    createKioskI18n();
    await chooseLanguage('pt');
    expect(ltrValue('06 •• •• •• 78')).toBe('06 •• •• •• 78');
    await chooseLanguage('ar');
    expect(ltrValue('06 •• •• •• 78')).toBe('\u206606 •• •• •• 78\u2069');
    await chooseLanguage('fr');
  });

  it('does not apply a language whose catalogue arrives after the visit ended', async () => {
    const { global } = createKioskI18n();
    const chosen = chooseLanguage('tr');
    await endVisit();
    await chosen;
    expect(visitLanguage.value).toBe('fr');
    expect(global.locale.value).toBe('fr');
  });
});
