// The secretariat's console through the browser host (issue 3, "The console"; S-SEC-1): first
// staff account, login, search, unlock, a wrong-link report handled, the audit log filtered and
// exported, the dashboard's numbers, and the way out leaving nothing on the parents' screens.
import { readFileSync } from 'node:fs';
import { test, expect, reachChildren, rightBirthDate } from './support/kiosk-test';
import { AMELIE, CAMILLE, HUGO, PATRICK } from './support/roster-fixture';
import {
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  button,
  choosePassword,
  confirmChildren,
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

test('S-SEC-1: a secretary sets the console up, unlocks a parent, handles a report, reads the audit log and the dashboard', async ({
  page,
  startKiosk,
}) => {
  // A whole activation, then every console section (scrypt at full cost, axe on each screen).
  test.setTimeout(180_000);
  const kiosk = await startKiosk();
  await openKiosk(page, kiosk.url);

  // A parent activates and answers "non" for Hugo (a wrong-link report).
  await reachChildren(page, kiosk, PATRICK, { lastName: 'Dupont', firstName: 'Patrick' });
  await confirmChildren(page, [
    rightBirthDate(CAMILLE),
    { firstName: HUGO.firstName, birthDate: 'non' },
  ]);
  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  // Amélie LEFÈVRE was locked by too many wrong secrets (S-RATE-1).
  withKioskDatabase(kiosk.dataDir, (db) =>
    db
      .prepare('UPDATE guardians SET locked_at = ?, failed_secret_count = 100 WHERE source_id = ?')
      .run(new Date().toISOString(), AMELIE.id),
  );

  // The hidden gesture, from the parent's "done" screen: it ends that visit first.
  await tapConsoleCorner(page);
  await createFirstStaffAccount(page, kiosk);
  await expectNoAxeViolations(page, 'console search');

  // Search, tolerant of accents and case; the guardian's page; unlock.
  await page
    .getByLabel('Nom ou numéro de téléphone portable', { exact: true })
    .fill('lefevre AMELIE');
  await button(page, 'Rechercher').click();
  await expect(page.getByRole('status').filter({ hasText: '1 résultat' })).toBeVisible();
  await page.getByRole('button', { name: /MME LEFÈVRE Amélie/u }).click();
  await expect(heading(page, 'MME LEFÈVRE Amélie')).toBeVisible();
  await expect(page.getByText('Bloqué', { exact: true })).toBeVisible();
  await expect(page.getByText('Non activé', { exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'LEFÈVRE Noémie' })).toBeVisible();
  await expect(page.getByText('06 •• •• •• 44')).toBeVisible();
  await expectNoAxeViolations(page, 'console guardian page');
  await button(page, 'Débloquer ce parent').click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Le parent est débloqué' }),
  ).toBeVisible();
  await expect(page.getByText('Bloqué', { exact: true })).toHaveCount(0);
  expect(
    withKioskDatabase(kiosk.dataDir, (db) =>
      db.prepare('SELECT locked_at FROM guardians WHERE source_id = ?').get(AMELIE.id),
    ),
  ).toEqual({ locked_at: null });

  // Patrick by phone: activated today, his SMS listed.
  await button(page, 'Retour aux résultats').click();
  await page.getByLabel('Nom ou numéro de téléphone portable', { exact: true }).fill('0612345678');
  await button(page, 'Rechercher').click();
  await page.getByRole('button', { name: /M\. DUPONT Patrick/u }).click();
  await expect(page.getByText(/^Activé le /u)).toBeVisible();
  await expect(page.getByText(/Code d’activation — envoyé/u)).toBeVisible();

  // The wrong-link report: marked handled with a comment.
  await openSection(page, CONSOLE_FR.sections.wrongLinks);
  await expect(heading(page, 'Rattachements signalés')).toBeVisible();
  const report = page.locator('[data-report]');
  await expect(report).toHaveCount(1);
  await expect(report).toContainText('DUPONT Hugo');
  await expect(report).toContainText('Signalé par DUPONT Patrick');
  await expectNoAxeViolations(page, 'console wrong-link reports');
  // The report links to its guardian's page; the open section's menu entry leads back to its list.
  await report.getByRole('button', { name: 'Voir la fiche de DUPONT Patrick' }).click();
  await expect(heading(page, 'M. DUPONT Patrick')).toBeVisible();
  await openSection(page, CONSOLE_FR.sections.search);
  await expect(heading(page, CONSOLE_FR.searchTitle)).toBeVisible();
  await expect(heading(page, 'M. DUPONT Patrick')).toHaveCount(0);
  await openSection(page, CONSOLE_FR.sections.wrongLinks);
  await report.getByRole('button', { name: 'Marquer comme traité' }).click();
  await expect(heading(page, 'Traiter le signalement')).toBeVisible();
  await button(page, 'Enregistrer').click();
  await expect(page.getByText('Saisissez un commentaire (500 caractères au plus).')).toBeVisible();
  await page
    .getByLabel('Commentaire', { exact: true })
    .fill('Appel au père : lien corrigé dans SIECLE.');
  await button(page, 'Enregistrer').click();
  await expect(page.getByText('Aucun signalement à traiter.')).toBeVisible();
  await button(page, 'Afficher aussi les signalements traités').click();
  await expect(report).toContainText(`par ${STAFF.name}`);
  await expect(report).toContainText('Appel au père : lien corrigé dans SIECLE.');

  // The dashboard: 1 of the 3 legal guardians activated; per class, with who is left.
  await openSection(page, CONSOLE_FR.sections.dashboard);
  await expect(page.locator('[data-dashboard-total]')).toHaveText(
    '33 % des représentants légaux ont activé leur compte : 1 sur 3 représentants légaux d’élèves inscrits.',
  );
  await expect(page.locator('[data-class="5E2"]')).toContainText(
    '100 % — 1 sur 1 représentant légal a activé son compte',
  );
  await expect(page.locator('[data-class="4E3"]')).toContainText(
    '0 % — 0 sur 1 représentant légal a activé son compte',
  );
  // Patrick answered "non" for Hugo: his account does not reach Hugo, whose family stays to reach.
  await expect(page.locator('[data-class="6E1"]')).toContainText(
    '0 % — 0 sur 1 représentant légal a activé son compte',
  );
  await expect(page.locator('[data-pending="6E1"]')).toContainText('DUPONT Hugo : DUPONT Patrick');
  await expect(page.locator('[data-pending="4E3"]')).toContainText('DUPONT Emma : DUPONT Patrick');
  await expect(page.locator('[data-pending="3E1"]')).toContainText(
    'LEFÈVRE Noémie : LEFÈVRE Amélie',
  );
  await expect(page.locator('[data-pending="5E2"]')).toHaveCount(0);
  await expectNoAxeViolations(page, 'console dashboard');

  // The audit log: filtered on the unlock, then exported as CSV.
  await openSection(page, CONSOLE_FR.sections.audit);
  await expect(page.locator('[data-audit-entry]').first()).toBeVisible();
  await page
    .getByRole('combobox', { name: 'Action', exact: true })
    .selectOption({ label: 'Parent débloqué' });
  await button(page, 'Filtrer').click();
  await expect(page.locator('[data-audit-count]')).toHaveText('1 entrées affichées sur 1.');
  await expect(page.locator('[data-audit-entry]')).toContainText(STAFF.name);
  await expect(page.locator('[data-audit-entry]')).toContainText('LEFÈVRE Amélie');
  await expectNoAxeViolations(page, 'console audit log');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    button(page, 'Exporter en CSV').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^journal-audit-\d{4}-\d{2}-\d{2}\.csv$/u);
  const csv = readFileSync(await download.path(), 'utf8')
    .replace(/^\uFEFF/u, '')
    .trimEnd()
    .split('\r\n');
  expect(csv[0]).toBe('date;acteur;action;representant_id;representant;details');
  expect(csv).toHaveLength(2);
  expect(csv[1]).toMatch(/;Martine Durand;guardian\.unlocked;\d+;LEFÈVRE Amélie;$/u);

  // The wrong-link rows name the child, and open the guardian's page.
  await page
    .getByRole('combobox', { name: 'Action', exact: true })
    .selectOption({ label: 'Signalement traité' });
  await button(page, 'Filtrer').click();
  const handledRow = page.locator('[data-audit-entry]');
  await expect(handledRow).toHaveCount(1);
  await expect(handledRow.locator('[data-audit-student]')).toHaveText('DUPONT Hugo');
  await handledRow.getByRole('button', { name: 'Voir la fiche de DUPONT Patrick' }).click();
  await expect(heading(page, 'M. DUPONT Patrick')).toBeVisible();

  // "Se déconnecter": back to the parents' start screen, nothing of the console left.
  await button(page, CONSOLE_FR.logout).click();
  await expect(loginHeading(page)).toBeVisible();
  await expect(page.getByText('Console du secrétariat')).toHaveCount(0);
  await expect(page.getByText(STAFF.name)).toHaveCount(0);

  // The key chord leads to the login (the console is set up); a wrong password is refused.
  await page.keyboard.press('Control+Alt+KeyS');
  await staffLogin(page, 'pas le bon mot de passe');
  await expect(page.getByRole('alert')).toHaveText('Identifiant ou mot de passe incorrect.');
  await expectNoAxeViolations(page, 'console login');
  await staffLogin(page);
  await expect(heading(page, CONSOLE_FR.searchTitle)).toBeVisible();
});

test('S-KIOSK-1: the idle reset ends the staff login and leaves the console', async ({
  page,
  startKiosk,
}) => {
  // Long enough for the staff account's password hash (no input meanwhile) on a loaded machine:
  // the reset must come after the staff login, or there is no logout to check.
  const kiosk = await startKiosk({ KIOSK_IDLE_SECONDS: '8', KIOSK_IDLE_WARNING_SECONDS: '2' });
  await openKiosk(page, kiosk.url);
  await page.keyboard.press('Control+Alt+KeyS');
  await createFirstStaffAccount(page, kiosk);
  // No touch: "Êtes-vous toujours là ?", then the reset to the parents' start screen.
  await expect(loginHeading(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Console du secrétariat')).toHaveCount(0);
  // Back in the console: the login is asked again.
  await tapConsoleCorner(page);
  await expect(heading(page, CONSOLE_FR.loginTitle)).toBeVisible();
  const logouts = withKioskDatabase(kiosk.dataDir, (db) =>
    db.prepare("SELECT details FROM audit_log WHERE action = 'staff.logout'").all(),
  );
  expect(logouts).toEqual([{ details: JSON.stringify({ reason: 'session-reset' }) }]);
});

test('S-SEC-1: at the kiosk, Ctrl+Alt+S without the start-up log’s setup code claims nothing', async ({
  page,
  startKiosk,
}) => {
  const kiosk = await startKiosk();
  await openKiosk(page, kiosk.url);
  await page.keyboard.press('Control+Alt+KeyS');
  await expect(heading(page, CONSOLE_FR.setupTitle)).toBeVisible();
  await page.getByLabel("Code d'installation", { exact: true }).fill('ABCD-EFGH-JKMN');
  await page.getByLabel('Votre nom', { exact: true }).fill('Un passant');
  await page.getByLabel('Identifiant de connexion', { exact: true }).fill('passant');
  await page.getByLabel('Mot de passe', { exact: true }).fill(STAFF.password);
  await page.getByLabel('Confirmez le mot de passe', { exact: true }).fill(STAFF.password);
  await button(page, 'Créer le compte').click();
  await expect(page.getByText("Ce code d'installation n'est pas le bon")).toBeVisible();
  await expect(heading(page, CONSOLE_FR.setupTitle)).toBeVisible();
  await expectNoAxeViolations(page, 'console setup code refused');
  expect(
    withKioskDatabase(kiosk.dataDir, (db) =>
      db.prepare('SELECT count(*) FROM staff_accounts').pluck().get(),
    ),
  ).toBe(0);
  // The code the start-up log printed (what the school's IT person reads) claims it.
  await page.getByLabel("Code d'installation", { exact: true }).fill('');
  await createFirstStaffAccount(page, kiosk);
});
