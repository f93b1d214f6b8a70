// Issue 14: every parent-facing text exists in every language, translated (not left in French),
// with the same placeholders as French and the language's own plural forms.
import { describe, expect, it } from 'vitest';
import { expectNoConsoleWarnings, leaves } from './catalogue-walk';
import { PARENT_LANGUAGES, type ParentLanguage } from '../../../shared/parent-languages';
import { fr } from '../../../renderer/src/i18n/fr';
import { createKioskI18n } from '../../../renderer/src/i18n';
import { ALL_CATALOGUES as PARENT_CATALOGUES } from '../../../renderer/src/i18n/all-catalogues';
import { chooseLanguage } from '../../../renderer/src/i18n/visit-language';
import {
  PARENT_SECTIONS,
  CONSOLE_ONLY_ERROR_CODES,
} from '../../../renderer/src/i18n/parent-catalogue';
import { PLURAL_FORMS } from '../../../shared/plural-rules';

/** The French texts a parent sees: the parent sections, without the console-only errors. */
const consoleOnly = new Set<string>(CONSOLE_ONLY_ERROR_CODES.map((code) => `errors.${code}`));
const frenchParentTexts = new Map(
  PARENT_SECTIONS.flatMap((section) => leaves(fr[section], section)).filter(
    ([key]) => !consoleOnly.has(key),
  ),
);

// Legitimately the same as French: the keyboard's layout keys (a Latin keyboard in every
// language), Portuguese's "OU" and English's "minute | minutes", which are the French words too.
const SAME_AS_FRENCH = new Set([
  '*:keyboard.numbers',
  '*:keyboard.letters',
  'pt:login.or',
  'en:units.minutes',
]);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
const uniquePlaceholders = (text: string) => [...new Set(placeholders(text))];
const forms = (text: string) => text.split(' | ').length;

const TRANSLATIONS = PARENT_LANGUAGES.filter((language) => language !== 'fr');

describe.each(TRANSLATIONS)('the %s catalogue', (language: ParentLanguage) => {
  const texts = new Map(leaves(PARENT_CATALOGUES[language]));

  it('has every parent text of French, and nothing else', () => {
    const missing = [...frenchParentTexts.keys()].filter((key) => !texts.has(key));
    const extra = [...texts.keys()].filter((key) => !frenchParentTexts.has(key));
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
  });

  it('leaves no text empty or in French', () => {
    const empty = [...texts].filter(([, text]) => text.trim() === '').map(([key]) => key);
    const french = [...texts]
      .filter(([key, text]) => text === frenchParentTexts.get(key))
      .map(([key]) => key)
      .filter(
        (key) => !SAME_AS_FRENCH.has(`*:${key}`) && !SAME_AS_FRENCH.has(`${language}:${key}`),
      );
    expect(empty).toEqual([]);
    expect(french).toEqual([]);
  });

  it('keeps the placeholders of French', () => {
    const differing = [...texts]
      .filter(([key, text]) => {
        const source = frenchParentTexts.get(key) ?? '';
        return uniquePlaceholders(text).join() !== uniquePlaceholders(source).join();
      })
      .map(([key, text]) => `${key}: ${text}`);
    expect(differing).toEqual([]);
  });

  it("gives plural messages the language's own forms (or one sentence that needs none)", () => {
    const wrong = [...texts]
      .filter(([key, text]) => {
        const source = frenchParentTexts.get(key) ?? '';
        if (!source.includes(' | ')) return text.includes('|');
        return forms(text) !== 1 && forms(text) !== PLURAL_FORMS[language];
      })
      .map(([key]) => key);
    expect(wrong).toEqual([]);
  });

  it('writes numbers in Latin digits only (no Arabic-Indic digits)', () => {
    const indic = [...texts].filter(([, text]) => /[\u0660-\u0669\u06F0-\u06F9]/u.test(text));
    expect(indic).toEqual([]);
  });

  it('compiles every message, with its values, without warnings', async () => {
    await expectNoConsoleWarnings(async () => {
      const { global } = createKioskI18n();
      await chooseLanguage(language);
      expect(global.locale.value).toBe(language);
      const t = global.t as unknown as (key: string, ...args: unknown[]) => string;
      for (const [key, source] of texts) {
        const values = Object.fromEntries(placeholders(source).map((name) => [name, `«${name}»`]));
        // A plural message is called with its count, as the components do (t(key, n)).
        const out = source.includes(' | ') ? t(key, 7) : t(key, values);
        expect(out, key).not.toBe(key);
        expect(out, key).not.toMatch(/[{}|]/u);
        for (const name of placeholders(source)) {
          if (name !== 'n') expect(out, key).toContain(`«${name}»`);
        }
      }
    });
  });
});

describe('plural rules', () => {
  const said = async (language: ParentLanguage, key: string, n: number) => {
    const { global } = createKioskI18n();
    await chooseLanguage(language);
    return (global.t as unknown as (key: string, n: number) => string)(key, n);
  };

  it('French keeps 0 and 1 singular; English only 1', async () => {
    expect(await said('fr', 'units.seconds', 0)).toBe('0 seconde');
    expect(await said('en', 'units.seconds', 0)).toBe('0 seconds');
    expect(await said('en', 'units.seconds', 1)).toBe('1 second');
  });

  it('Arabic has its dual, its 3–10 plural and its singular after 11', async () => {
    expect(await said('ar', 'units.minutes', 2)).toBe('2 دقيقتين');
    expect(await said('ar', 'units.minutes', 5)).toBe('5 دقائق');
    expect(await said('ar', 'units.minutes', 30)).toBe('30 دقيقة');
  });

  it('Romanian says "de" from 20 on', async () => {
    expect(await said('ro', 'units.seconds', 1)).toBe('1 secundă');
    expect(await said('ro', 'units.seconds', 15)).toBe('15 secunde');
    expect(await said('ro', 'units.seconds', 30)).toBe('30 de secunde');
    expect(await said('ro', 'units.seconds', 101)).toBe('101 secunde');
  });

  it('Turkish and Chinese have one form', async () => {
    expect(await said('tr', 'units.seconds', 30)).toBe('30 saniye');
    expect(await said('zh-Hans', 'units.seconds', 30)).toBe('30 秒');
  });
});
