// Which form of "a | b | …" a number takes, per language (CLDR's cardinal rules for whole
// numbers): vue-i18n's pluralRules on the kiosk's screens, and the SMS texts. PLURAL_FORMS says
// how many forms each language's plural messages have; the catalogue test holds them to it.
import type { ParentLanguage } from './parent-languages';

export const PLURAL_FORMS: Record<ParentLanguage, number> = {
  fr: 2, // one (0, 1) | other
  en: 2, // one (1) | other
  ar: 6, // zero | one | two | few (3–10) | many (11–99) | other (100, 101, 102…)
  es: 2, // one (1) | other
  pt: 2, // one (1) | other — European Portuguese
  tr: 1, // a noun after a number stays singular ("3 saniye")
  ro: 3, // one (1) | few (0, 2–19, 101–119…) | other ("20 de secunde")
  'zh-Hans': 1, // no plural
};

export type PluralRule = (choice: number, choicesLength: number) => number;

/** French plural: 0 and 1 take the singular. */
export const frenchPlural: PluralRule = (choice, choicesLength) => {
  if (choicesLength < 2) return 0;
  return Math.abs(choice) <= 1 ? 0 : 1;
};

const oneOther: PluralRule = (choice, choicesLength) =>
  choicesLength < 2 || Math.abs(choice) === 1 ? 0 : 1;

const single: PluralRule = () => 0;

const arabicPlural: PluralRule = (choice, choicesLength) => {
  if (choicesLength < 6) return oneOther(choice, choicesLength);
  const n = Math.abs(choice);
  const hundreds = n % 100;
  if (n === 0) return 0;
  if (n === 1) return 1;
  if (n === 2) return 2;
  if (hundreds >= 3 && hundreds <= 10) return 3;
  if (hundreds >= 11 && hundreds <= 99) return 4;
  return 5;
};

const romanianPlural: PluralRule = (choice, choicesLength) => {
  if (choicesLength < 3) return oneOther(choice, choicesLength);
  const n = Math.abs(choice);
  const hundreds = n % 100;
  if (n === 1) return 0;
  if (n === 0 || (hundreds >= 1 && hundreds <= 19)) return 1;
  return 2;
};

export const PLURAL_RULES: Record<ParentLanguage, PluralRule> = {
  fr: frenchPlural,
  en: oneOther,
  ar: arabicPlural,
  es: oneOther,
  pt: oneOther,
  tr: single,
  ro: romanianPlural,
  'zh-Hans': single,
};
