// The console's sections, in menu order. A section is a self-contained component (it loads its
// own data through consoleCall); adding one is one entry here and its texts in i18n/fr.ts
// (console.sections.<id>).
import type { Component } from 'vue';
import GuardianSearchSection from './sections/GuardianSearchSection.vue';
import WrongLinkReportsSection from './sections/WrongLinkReportsSection.vue';
import AuditLogSection from './sections/AuditLogSection.vue';
import DashboardSection from './sections/DashboardSection.vue';
import SettingsSection from './sections/SettingsSection.vue';
import MobileCorrectionsSection from './sections/MobileCorrectionsSection.vue';
import ImportSection from './sections/ImportSection.vue';
import StaffAccountsSection from './sections/StaffAccountsSection.vue';

export interface ConsoleSection {
  /** Also the i18n key under console.sections. */
  id: string;
  component: Component;
}

export const CONSOLE_SECTIONS: readonly ConsoleSection[] = [
  { id: 'search', component: GuardianSearchSection },
  { id: 'wrongLinks', component: WrongLinkReportsSection },
  { id: 'mobileCorrections', component: MobileCorrectionsSection },
  { id: 'dashboard', component: DashboardSection },
  { id: 'audit', component: AuditLogSection },
  { id: 'settings', component: SettingsSection },
  { id: 'import', component: ImportSection },
  { id: 'staffAccounts', component: StaffAccountsSection },
];
