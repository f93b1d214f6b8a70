// The secretariat's console, driven as a secretary does: the hidden entry (five taps in the
// top-left corner, or Ctrl+Alt+S), then the French labels on screen (renderer/src/i18n/fr.ts).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { AFTER_PASSWORD_HASHING, button, heading } from './activation-steps';

export const STAFF = {
  name: 'Martine Durand',
  username: 'secretariat',
  password: 'Clair de lune sur la cour 7',
};

export const CONSOLE_FR = {
  setupTitle: 'Créer le premier compte du secrétariat',
  loginTitle: 'Connexion à la console',
  searchTitle: 'Rechercher un parent',
  logout: 'Se déconnecter',
  sections: {
    search: 'Rechercher un parent',
    wrongLinks: 'Rattachements signalés',
    dashboard: 'Tableau de bord',
    audit: "Journal d'audit",
    settings: 'Réglages',
    import: 'Importer les élèves',
    staffAccounts: 'Comptes du secrétariat',
  },
};

/** Five quick taps in the top-left corner of the screen. */
export async function tapConsoleCorner(page: Page): Promise<void> {
  for (let i = 0; i < 5; i++) await page.mouse.click(12, 12);
}

/** A started kiosk host (browser host or real kiosk) and what it printed. */
export type StartedKiosk = { output(): string } | { host: { output(): string } };

/**
 * The console setup code, read from the kiosk's start-up log as the school's IT person reads it
 * (S-SEC-1: the first staff account needs it; nobody at the kiosk's screen sees that log).
 */
export function setupCodeFromStartupLog(kiosk: StartedKiosk): string {
  const log = 'host' in kiosk ? kiosk.host.output() : kiosk.output();
  const codes = [...log.matchAll(/Console setup code[^:\n]*: ([A-Z0-9-]+)/gu)].map((m) => m[1]);
  const code = codes.at(-1);
  if (!code) throw new Error(`No console setup code in the kiosk's start-up log:\n${log}`);
  return code;
}

export async function createFirstStaffAccount(page: Page, kiosk: StartedKiosk): Promise<void> {
  await expect(heading(page, CONSOLE_FR.setupTitle)).toBeVisible();
  await page
    .getByLabel("Code d'installation", { exact: true })
    .fill(setupCodeFromStartupLog(kiosk));
  await page.getByLabel('Votre nom', { exact: true }).fill(STAFF.name);
  await page.getByLabel('Identifiant de connexion', { exact: true }).fill(STAFF.username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(STAFF.password);
  await page.getByLabel('Confirmez le mot de passe', { exact: true }).fill(STAFF.password);
  await button(page, 'Créer le compte').click();
  await expect(heading(page, CONSOLE_FR.searchTitle)).toBeVisible(AFTER_PASSWORD_HASHING);
}

export async function staffLogin(
  page: Page,
  password = STAFF.password,
  username = STAFF.username,
): Promise<void> {
  await expect(heading(page, CONSOLE_FR.loginTitle)).toBeVisible();
  await page.getByLabel('Identifiant', { exact: true }).fill(username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await button(page, 'Se connecter').click();
}

export async function openSection(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections de la console' })
    .getByRole('button', { name, exact: true })
    .click();
}

/** Writes into the kiosk's database while the host runs (WAL, busy timeout): test setup only. */
export function withKioskDatabase<T>(dataDir: string, work: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, 'kiosk.db'), { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** From the console's search form: the query, then the guardian's page (its title is `name`). */
export async function openGuardian(page: Page, query: string, name: string): Promise<void> {
  await page.getByLabel('Nom ou numéro de téléphone portable', { exact: true }).fill(query);
  await button(page, 'Rechercher').click();
  await page.getByRole('button', { name: new RegExp(name, 'u') }).click();
  await expect(heading(page, name)).toBeVisible();
}
