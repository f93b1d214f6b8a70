// Page-level steps of "Identifiant perdu" / "Mot de passe perdu", driven by the French texts on
// screen (renderer/src/i18n/fr.ts), and the database edits only the secretariat's console or
// the roster importer would make (set here directly, as those features belong to other parts).
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';
import { button, FR, heading, type Identity } from './activation-steps';

export const FR_RECOVERY = {
  identifierTitle: 'Identifiant perdu',
  passwordTitle: 'Mot de passe perdu',
  identifierLabel: 'Identifiant',
  byIdentifier: 'Avec mon identifiant',
  byName: 'Avec mon nom et mon numéro de portable',
  submitIdentity: 'Recevoir mon code SMS',
  confirmTitle: "Confirmez l'envoi du code",
  confirmToKnownPhone:
    "Si cet identifiant correspond à un compte, un code va être envoyé au numéro de portable que l'établissement a enregistré.",
  validate: 'Valider',
  codeTitle: 'Code reçu par SMS',
  createAccount: 'Créer mon compte',
  identifierDoneTitle: 'Votre identifiant',
  birthDateTitle: 'Une dernière vérification',
  birthDate: 'Date de naissance (jj/mm/aaaa)',
  newPasswordTitle: 'Je choisis un nouveau mot de passe',
  newPassword: 'Nouveau mot de passe',
  newPasswordConfirmation: 'Confirmer le nouveau mot de passe',
  savePassword: 'Enregistrer le mot de passe',
  passwordDoneTitle: 'Votre mot de passe est changé',
  login: 'Se connecter',
  tooManyCodes: 'Trop de codes erronés',
  expiredTitle: 'Le délai est dépassé',
  wrongCode: "Ce code n'est pas le bon.",
  changePassword: 'Changer mon mot de passe',
  forcedTitle: 'Choisissez votre mot de passe',
  currentPassword: 'Mot de passe actuel',
  passwordChanged: 'Votre mot de passe a été changé.',
  accountDisabled: "Votre compte n'est plus actif",
} as const;

/**
 * A parent with the secretariat's letter: logs in with the temporary password, must choose
 * their own, and lands on their account ("Bonjour <firstName>").
 */
export async function loginAndReplaceTemporaryPassword(
  page: Page,
  letter: { identifier: string; temporaryPassword: string },
  newPassword: string,
  firstName: string,
): Promise<void> {
  await page.getByLabel(FR.login.identifier, { exact: true }).fill(letter.identifier);
  await page.getByLabel(FR.login.password, { exact: true }).fill(letter.temporaryPassword);
  await button(page, FR.login.submit).click();
  await expect(heading(page, FR_RECOVERY.forcedTitle)).toBeVisible();
  await page.getByLabel(FR_RECOVERY.newPassword, { exact: true }).fill(newPassword);
  await page.getByLabel(FR_RECOVERY.newPasswordConfirmation, { exact: true }).fill(newPassword);
  await button(page, FR_RECOVERY.savePassword).click();
  await expect(heading(page, `Bonjour ${firstName}`)).toBeVisible();
}

/**
 * "Valider" on the confirmation screen, tapped again until the code screen shows: a recovery
 * right after the activation's SMS waits out the per-number gap (S-RATE-2), which only the
 * server's clock knows; a tap too early is refused with the rate-limit message, sending nothing.
 */
async function confirmRecoverySendWhenAllowed(page: Page): Promise<void> {
  const codeTitle = heading(page, FR_RECOVERY.codeTitle);
  await expect(async () => {
    if (!(await codeTitle.isVisible())) {
      await button(page, FR_RECOVERY.validate).click({ timeout: 2_000 });
    }
    await expect(codeTitle).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** Login → "Identifiant perdu" → nom, prénom, mobile → "Valider" → the code screen. */
export async function requestIdentifierRecovery(page: Page, identity: Identity): Promise<void> {
  await button(page, FR.login.lostIdentifier).click();
  await expect(heading(page, FR_RECOVERY.identifierTitle)).toBeVisible();
  await page.getByLabel(FR.identity.lastName, { exact: true }).fill(identity.lastName);
  await page.getByLabel(FR.identity.firstName, { exact: true }).fill(identity.firstName);
  await page.getByLabel(FR.identity.mobile, { exact: true }).fill(identity.mobile);
  await button(page, FR_RECOVERY.submitIdentity).click();
  await expect(heading(page, FR_RECOVERY.confirmTitle)).toBeVisible();
  await confirmRecoverySendWhenAllowed(page);
}

/** Login → "Mot de passe perdu" → the identifier alone → "Valider" → the code screen. */
export async function requestPasswordRecovery(page: Page, identifier: string): Promise<void> {
  await button(page, FR.login.lostPassword).click();
  await expect(heading(page, FR_RECOVERY.passwordTitle)).toBeVisible();
  await expect(button(page, FR_RECOVERY.byIdentifier)).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel(FR_RECOVERY.identifierLabel, { exact: true }).fill(identifier);
  await button(page, FR_RECOVERY.submitIdentity).click();
  await expect(heading(page, FR_RECOVERY.confirmTitle)).toBeVisible();
  await expect(page.getByText(FR_RECOVERY.confirmToKnownPhone)).toBeVisible();
  await confirmRecoverySendWhenAllowed(page);
}

export async function typeRecoveryCode(page: Page, code: string): Promise<void> {
  await page.getByLabel(FR.code.label, { exact: true }).fill(code);
  await button(page, FR.code.submit).click();
}

/** What the secretariat's console or the roster importer would set (other parts of the app). */
export function editKioskDatabase(dataDir: string, sql: string): void {
  const db = new Database(join(dataDir, 'kiosk.db'), { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.exec(sql);
  } finally {
    db.close();
  }
}
