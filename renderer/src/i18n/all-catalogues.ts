// Every parent catalogue at once, for the tests (unit and end-to-end). The kiosk itself loads a
// translation only when a parent chooses its language (catalogue-loaders.ts), so the start
// screen's JavaScript carries French alone.
import type { ParentLanguage } from '../../../shared/parent-languages';
import type { ParentMessages } from './parent-catalogue';
import { fr } from './fr';
import { en } from './en';
import { ar } from './ar';
import { es } from './es';
import { pt } from './pt';
import { tr } from './tr';
import { ro } from './ro';
import { zhHans } from './zh-hans';

export const ALL_CATALOGUES: Record<ParentLanguage, ParentMessages> = {
  fr,
  en,
  ar,
  es,
  pt,
  tr,
  ro,
  'zh-Hans': zhHans,
};
