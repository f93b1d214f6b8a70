// "Comptes du secrétariat" through the browser host (S-SEC-1): the first secretary adds a
// colleague with a temporary password; the colleague logs in, must choose their own password
// first, then uses the console; disabled from another kiosk screen, their open console ends at
// once and their login is refused with the same message as a wrong password.
import type { Page } from '@playwright/test';
import { test, expect } from './support/kiosk-test';
import {
  AFTER_PASSWORD_HASHING,
  button,
  expectNoAxeViolations,
  heading,
  loginHeading,
  openKiosk,
} from './support/activation-steps';
import {
  CONSOLE_FR,
  STAFF,
  createFirstStaffAccount,
  openSection,
  staffLogin,
  tapConsoleCorner,
  withKioskDatabase,
} from './support/console-steps';

const KARIM = {
  name: 'Karim Benali',
  username: 'k.benali',
  temporary: 'Provisoire pour la rentrée 2025',
  own: 'Les hirondelles reviennent au printemps',
};

/** The card of the account whose name is its title (another card may say "créé par …"). */
const card = (page: Page, name: string) =>
  page
    .locator('[data-staff-account]')
    .filter({ has: page.locator('.child__name').getByText(name) });

test('S-SEC-1: a second staff account is created, changes its temporary password at first login, then is disabled', async ({
  page,
  startKiosk,
}) => {
  // Several scrypt hashes at full cost.
  test.setTimeout(180_000);
  const kiosk = await startKiosk();
  await openKiosk(page, kiosk.url);
  await tapConsoleCorner(page);
  await createFirstStaffAccount(page, kiosk);

  await openSection(page, CONSOLE_FR.sections.staffAccounts);
  await expect(heading(page, 'Comptes du secrétariat')).toBeVisible();
  await expect(card(page, STAFF.name)).toContainText('Vous');
  await expectNoAxeViolations(page, 'staff accounts');

  // A username already taken is refused next to its field; nothing is created.
  await button(page, 'Ajouter un compte').click();
  await expect(heading(page, 'Ajouter un compte du secrétariat')).toBeVisible();
  await page.getByLabel('Nom de la personne', { exact: true }).fill(KARIM.name);
  await page.getByLabel('Identifiant de connexion', { exact: true }).fill(STAFF.username);
  await page.getByLabel('Mot de passe provisoire', { exact: true }).fill(KARIM.temporary);
  await page
    .getByLabel('Confirmez le mot de passe provisoire', { exact: true })
    .fill(KARIM.temporary);
  await button(page, 'Créer le compte').click();
  await expect(page.getByRole('alert')).toHaveText(
    'Erreur : Un autre compte du secrétariat a déjà cet identifiant. Choisissez-en un autre.',
  );
  await expect(page.getByLabel('Identifiant de connexion', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectNoAxeViolations(page, 'add staff account refused');
  await page.getByLabel('Identifiant de connexion', { exact: true }).fill(KARIM.username);
  await page.getByLabel('Mot de passe provisoire', { exact: true }).fill(KARIM.temporary);
  await page
    .getByLabel('Confirmez le mot de passe provisoire', { exact: true })
    .fill(KARIM.temporary);
  await button(page, 'Créer le compte').click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Le compte de Karim Benali est créé' }),
  ).toBeVisible(AFTER_PASSWORD_HASHING);
  await expect(card(page, KARIM.name)).toContainText('Mot de passe provisoire');
  await expect(card(page, KARIM.name)).toContainText('Jamais connecté');
  await expect(card(page, KARIM.name)).toContainText(`Créé le`);
  await expect(card(page, KARIM.name)).toContainText(`par ${STAFF.name}`);

  // Karim's first login: the console asks for his own password before anything else.
  await button(page, CONSOLE_FR.logout).click();
  await expect(loginHeading(page)).toBeVisible();
  await tapConsoleCorner(page);
  await staffLogin(page, KARIM.temporary, KARIM.username);
  await expect(heading(page, 'Choisissez votre mot de passe')).toBeVisible(AFTER_PASSWORD_HASHING);
  await expect(page.getByRole('navigation', { name: 'Sections de la console' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'forced staff password change');
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(KARIM.temporary);
  await page.getByLabel('Confirmez le nouveau mot de passe', { exact: true }).fill(KARIM.temporary);
  await button(page, 'Enregistrer le mot de passe').click();
  await expect(page.getByRole('alert')).toHaveText(
    "Erreur : C'est déjà votre mot de passe : choisissez-en un nouveau.",
    AFTER_PASSWORD_HASHING,
  );
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(KARIM.own);
  await page.getByLabel('Confirmez le nouveau mot de passe', { exact: true }).fill(KARIM.own);
  await button(page, 'Enregistrer le mot de passe').click();
  await expect(heading(page, CONSOLE_FR.searchTitle)).toBeVisible(AFTER_PASSWORD_HASHING);
  await expect(page.getByText(`connecté : ${KARIM.name}`)).toBeVisible();

  // On another kiosk screen, the first secretary disables Karim's account.
  const desk = await page.context().newPage();
  await openKiosk(desk, kiosk.url);
  await tapConsoleCorner(desk);
  await staffLogin(desk);
  await expect(heading(desk, CONSOLE_FR.searchTitle)).toBeVisible(AFTER_PASSWORD_HASHING);
  await openSection(desk, CONSOLE_FR.sections.staffAccounts);
  await expect(card(desk, KARIM.name)).not.toContainText('Mot de passe provisoire');
  await card(desk, KARIM.name)
    .getByRole('button', { name: /^Désactiver/u })
    .click();
  await expect(
    desk.getByRole('status').filter({ hasText: 'Le compte de Karim Benali est désactivé' }),
  ).toBeVisible();
  await expect(card(desk, KARIM.name)).toContainText('Désactivé le');
  await expect(card(desk, STAFF.name).getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(desk, 'staff account disabled');

  // Karim's open console ends at his next tap; his login is refused like a wrong password.
  await openSection(page, CONSOLE_FR.sections.dashboard);
  await expect(heading(page, CONSOLE_FR.loginTitle)).toBeVisible();
  await staffLogin(page, KARIM.own, KARIM.username);
  await expect(page.getByRole('alert')).toHaveText(
    'Identifiant ou mot de passe incorrect.',
    AFTER_PASSWORD_HASHING,
  );

  const audited = withKioskDatabase(kiosk.dataDir, (db) =>
    db
      .prepare(
        `SELECT action, json_extract(details, '$.reason') AS reason FROM audit_log
          WHERE action IN ('staff.created', 'staff.password-changed', 'staff.disabled')
             OR (action = 'staff.login-failed' AND actor LIKE 'staff:%')
          ORDER BY at, rowid`,
      )
      .all(),
  );
  expect(audited).toEqual([
    { action: 'staff.created', reason: null },
    { action: 'staff.created', reason: null },
    { action: 'staff.password-changed', reason: null },
    { action: 'staff.disabled', reason: null },
    { action: 'staff.login-failed', reason: 'account-disabled' },
  ]);
});
