import { createI18n } from 'vue-i18n';
import type { ParentLanguage } from '../../../shared/parent-languages';
import { fr, type MessageSchema } from './fr';
import type { ParentMessages } from './parent-catalogue';
import { PLURAL_RULES } from '../../../shared/plural-rules';
import { bindVisitLanguage } from './visit-language';
import { en } from './en';
import { ar } from './ar';
import { es } from './es';
import { pt } from './pt';
import { tr } from './tr';
import { ro } from './ro';
import { zhHans } from './zh-hans';

export { frenchPlural } from '../../../shared/plural-rules';

/** Every parent catalogue; the console and desk keys exist in French only (the fallback). */
export const PARENT_CATALOGUES: Record<ParentLanguage, ParentMessages> = {
  fr,
  en,
  ar,
  es,
  pt,
  tr,
  ro,
  'zh-Hans': zhHans,
};

/** The kiosk's i18n; its locale follows the visit's language (visit-language.ts). */
export function createKioskI18n() {
  const i18n = createI18n<[MessageSchema], ParentLanguage, false>({
    legacy: false,
    locale: 'fr',
    fallbackLocale: 'fr',
    // A translation is a subset of the French schema: the console's keys fall back to French.
    messages: PARENT_CATALOGUES as unknown as Record<ParentLanguage, MessageSchema>,
    pluralRules: PLURAL_RULES,
    missingWarn: true,
    fallbackWarn: false,
  });
  bindVisitLanguage(i18n.global.locale);
  return i18n;
}
