import { createI18n } from 'vue-i18n';
import type { ParentLanguage } from '../../../shared/parent-languages';
import { PLURAL_RULES } from '../../../shared/plural-rules';
import { fr, type MessageSchema } from './fr';
import { bindVisitLanguage } from './visit-language';

export { frenchPlural } from '../../../shared/plural-rules';

/**
 * The kiosk's i18n: French, and each translation added when a parent chooses it
 * (visit-language.ts); its locale follows the visit's language. A translation covers the parent
 * screens only: the console's keys fall back to French.
 */
export function createKioskI18n() {
  const i18n = createI18n<[MessageSchema], ParentLanguage, false>({
    legacy: false,
    locale: 'fr',
    fallbackLocale: 'fr',
    messages: { fr } as Record<ParentLanguage, MessageSchema>,
    pluralRules: PLURAL_RULES,
    missingWarn: true,
    fallbackWarn: false,
  });
  bindVisitLanguage(i18n.global);
  return i18n;
}
