// The language of the current visit. French by default and again at every end of a visit
// (end-visit.ts), so the next parent and the console always start in French. Choosing a
// language loads its catalogue (once), then sets vue-i18n's locale and <html lang> / <html dir>
// together: axe and screen readers read the page in that language, and Arabic lays the page
// out right to left.
import { readonly, ref } from 'vue';
import {
  DEFAULT_LANGUAGE,
  RIGHT_TO_LEFT,
  type ParentLanguage,
} from '../../../shared/parent-languages';
import { CATALOGUE_LOADERS } from './catalogue-loaders';

/** What this module needs of vue-i18n's global composer. */
interface LocaleTarget {
  locale: { value: string };
  availableLocales: readonly string[];
  setLocaleMessage(locale: string, messages: never): void;
}

const current = ref<ParentLanguage>(DEFAULT_LANGUAGE);
let target: LocaleTarget | null = null;
// Bumped by every choice and reset: a catalogue that arrives after a newer choice or the end of
// the visit is not applied (the next parent stays in French).
let choice = 0;

/** The visit's language, for the language choice and (later) the SMS the visit sends. */
export const visitLanguage = readonly(current);

export const textDirection = (language: ParentLanguage): 'rtl' | 'ltr' =>
  RIGHT_TO_LEFT.includes(language) ? 'rtl' : 'ltr';

function apply(language: ParentLanguage): void {
  current.value = language;
  if (target) target.locale.value = language;
  // No DOM types here: the module is also type-checked with the main process's settings.
  const page = (globalThis as { document?: { documentElement: { lang: string; dir: string } } })
    .document?.documentElement;
  if (!page) return;
  page.lang = language;
  page.dir = textDirection(language);
}

/** Called once with the kiosk's i18n composer (createKioskI18n). */
export function bindVisitLanguage(composer: LocaleTarget): void {
  target = composer;
  apply(current.value);
}

export async function chooseLanguage(language: ParentLanguage): Promise<void> {
  const mine = ++choice;
  if (language !== 'fr' && target && !target.availableLocales.includes(language)) {
    const messages = await CATALOGUE_LOADERS[language]();
    target.setLocaleMessage(language, messages as never);
  }
  if (mine === choice) apply(language);
}

export function resetVisitLanguage(): void {
  choice += 1;
  apply(DEFAULT_LANGUAGE);
}

/**
 * A left-to-right value (a masked phone number) inside a translated sentence: isolated (LRI …
 * PDI) on a right-to-left page, so "06 •• •• •• 78" keeps its order among Arabic words.
 * Unchanged on a left-to-right page.
 */
export function ltrValue(value: string): string {
  return textDirection(current.value) === 'rtl' ? `\u2066${value}\u2069` : value;
}
