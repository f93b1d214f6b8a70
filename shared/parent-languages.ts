// The languages a parent can choose on the kiosk (issue 14). French is the kiosk's language and
// every visit starts in it; the console and the desk stay French. Codes are BCP 47 tags: they go
// into <html lang> as they are.
export const PARENT_LANGUAGES = ['fr', 'en', 'ar', 'es', 'pt', 'tr', 'ro', 'zh-Hans'] as const;

export type ParentLanguage = (typeof PARENT_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: ParentLanguage = 'fr';

/** Each language in its own name and script, as the language list shows it. */
export const LANGUAGE_NAMES: Record<ParentLanguage, string> = {
  fr: 'Français',
  en: 'English',
  ar: 'العربية',
  es: 'Español',
  pt: 'Português',
  tr: 'Türkçe',
  ro: 'Română',
  'zh-Hans': '中文（简体）',
};

/** Written right to left: the page is mirrored (identifiers, codes and numbers stay LTR). */
export const RIGHT_TO_LEFT: readonly ParentLanguage[] = ['ar'];

export function isParentLanguage(value: unknown): value is ParentLanguage {
  return typeof value === 'string' && (PARENT_LANGUAGES as readonly string[]).includes(value);
}
