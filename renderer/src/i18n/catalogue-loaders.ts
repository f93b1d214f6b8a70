// Each translation is its own chunk, loaded when a parent picks the language: the start screen
// carries French alone (the parent screens' JavaScript budget).
import type { ParentLanguage } from '../../../shared/parent-languages';
import type { ParentMessages } from './parent-catalogue';

export const CATALOGUE_LOADERS: Record<
  Exclude<ParentLanguage, 'fr'>,
  () => Promise<ParentMessages>
> = {
  en: () => import('./en').then((module) => module.en),
  ar: () => import('./ar').then((module) => module.ar),
  es: () => import('./es').then((module) => module.es),
  pt: () => import('./pt').then((module) => module.pt),
  tr: () => import('./tr').then((module) => module.tr),
  ro: () => import('./ro').then((module) => module.ro),
  'zh-Hans': () => import('./zh-hans').then((module) => module.zhHans),
};
