// The language of the current visit. French by default and again at every end of a visit
// (end-visit.ts), so the next parent and the console always start in French. Choosing a
// language sets vue-i18n's locale and <html lang> / <html dir> together: axe and screen
// readers read the page in that language, and Arabic lays the page out right to left.
import { readonly, ref } from 'vue';
import {
  DEFAULT_LANGUAGE,
  RIGHT_TO_LEFT,
  type ParentLanguage,
} from '../../../shared/parent-languages';

const current = ref<ParentLanguage>(DEFAULT_LANGUAGE);
let locale: { value: string } | null = null;

/** The visit's language, for the language choice and (later) the SMS the visit sends. */
export const visitLanguage = readonly(current);

export const textDirection = (language: ParentLanguage): 'rtl' | 'ltr' =>
  RIGHT_TO_LEFT.includes(language) ? 'rtl' : 'ltr';

function apply(language: ParentLanguage): void {
  if (locale) locale.value = language;
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = textDirection(language);
}

/** Called once with the kiosk's i18n locale (createKioskI18n). */
export function bindVisitLanguage(target: { value: string }): void {
  locale = target;
  apply(current.value);
}

export function chooseLanguage(language: ParentLanguage): void {
  current.value = language;
  apply(language);
}

export function resetVisitLanguage(): void {
  chooseLanguage(DEFAULT_LANGUAGE);
}

/**
 * A left-to-right value (a masked phone number) inside a translated sentence: isolated (LRI …
 * PDI) on a right-to-left page, so "06 •• •• •• 78" keeps its order among Arabic words.
 * Unchanged on a left-to-right page.
 */
export function ltrValue(value: string): string {
  return textDirection(current.value) === 'rtl' ? `\u2066${value}\u2069` : value;
}
