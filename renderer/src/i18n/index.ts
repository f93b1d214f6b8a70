import { createI18n } from 'vue-i18n';
import { fr, type MessageSchema } from './fr';

/** French plural: 0 and 1 take the singular. */
export const frenchPlural = (choice: number, choicesLength: number): number => {
  if (choicesLength < 2) return 0;
  return Math.abs(choice) <= 1 ? 0 : 1;
};

export function createKioskI18n() {
  return createI18n<[MessageSchema], 'fr', false>({
    legacy: false,
    locale: 'fr',
    fallbackLocale: 'fr',
    messages: { fr },
    pluralRules: { fr: frenchPlural },
    missingWarn: true,
    fallbackWarn: false,
  });
}
