// Helping a parent at the desk through the browser host (issue 3, "Help a parent whose mobile is
// not registered"; S-SEC-1): the secretary finds a guardian the export gives no mobile, records
// the mobile they give (a local correction), and the parent then activates by SMS with it; or
// issues an identifier with a temporary password on a letter, which the parent must change at
// the first login.
import { test, expect, rightBirthDate } from './support/kiosk-test';
import { PATRICK, type FixtureGuardian, type FixtureStudent } from './support/roster-fixture';
import {
  FR,
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  button,
  choosePassword,
  confirmChildren,
  enterCode,
  expectNoAxeViolations,
  heading,
  login,
  loginHeading,
  openKiosk,
  requestCode,
  startActivation,
} from './support/activation-steps';
import { loginAndReplaceTemporaryPassword } from './support/recovery-steps';
import {
  CONSOLE_FR,
  STAFF,
  createFirstStaffAccount,
  openGuardian,
  openSection,
  withKioskDatabase,
} from './support/console-steps';

const LUCAS: FixtureStudent = {
  id: '900011',
  lastName: 'MARCHAND',
  firstName: 'Lucas',
  birthDate: '09/09/2013',
  className: '5E2',
};
const INES: FixtureStudent = {
  id: '900012',
  lastName: 'BERNARD',
  firstName: 'Inès',
  birthDate: '17/05/2012',
  className: '4E3',
};
/** Julien's elder son, who left the school in June: no account is made for him. */
const ROMAIN: FixtureStudent = {
  id: '900013',
  lastName: 'BERNARD',
  firstName: 'Romain',
  birthDate: '02/02/2010',
  className: '3E1',
  leftOn: '30/06/2025',
};

/** The export has no mobile for her: she cannot activate by SMS until the desk records one. */
const SOPHIE: FixtureGuardian = {
  id: '700011',
  civility: 'MME',
  lastName: 'MARCHAND',
  firstName: 'Sophie',
  mobile: '',
  mobileE164: '',
  children: [LUCAS],
};
const SOPHIE_DESK_MOBILE = '07 61 42 33 18';
const SOPHIE_DESK_MOBILE_E164 = '+33761423318';

/** No mobile either, and no wish for one: the desk gives him an identifier on a letter. */
const JULIEN: FixtureGuardian = {
  id: '700012',
  civility: 'M.',
  lastName: 'BERNARD',
  firstName: 'Julien',
  mobile: '',
  mobileE164: '',
  children: [INES, ROMAIN],
};

const GUARDIANS = [PATRICK, SOPHIE, JULIEN];

const DESK_FR = {
  recordMobile: 'Enregistrer un portable',
  issueIdentifier: 'Remettre un identifiant',
  confirmNumberTitle: 'Vérifiez le numéro avec le parent',
  recordNumber: 'Enregistrer ce numéro',
  recordedTitle: 'Portable enregistré',
  localCorrection: 'Correction locale',
  createIdentifier: "Créer l'identifiant",
  identifierCreated: 'Identifiant créé',
  handedOver: "J'ai remis la lettre",
  finish: 'Oui, terminer',
  corrections: 'Portables enregistrés',
};

test('a secretary records the mobile the export lacks, and the parent then activates by SMS with it', async ({
  page,
  startKiosk,
}) => {
  test.setTimeout(180_000);
  const kiosk = await startKiosk({}, GUARDIANS);
  await openKiosk(page, kiosk.url);

  // Before: the kiosk cannot tell her from anyone (no mobile in the roster), and sends nothing.
  await startActivation(page);
  await page.getByLabel(FR.identity.lastName, { exact: true }).fill('Marchand');
  await page.getByLabel(FR.identity.firstName, { exact: true }).fill('Sophie');
  await page.getByLabel(FR.identity.mobile, { exact: true }).fill(SOPHIE_DESK_MOBILE);
  await button(page, FR.identity.submit).click();
  await button(page, FR.confirmSend.submit).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(heading(page, FR.code.title)).toHaveCount(0);
  expect(kiosk.gateway.lastCodeFor(SOPHIE_DESK_MOBILE_E164)).toBeUndefined();

  // At the desk: the console, the search, her page ("Pas de portable enregistré").
  await page.keyboard.press('Control+Alt+KeyS');
  await createFirstStaffAccount(page, kiosk);
  await openGuardian(page, 'marchand sophie', 'MME MARCHAND Sophie');
  await expect(page.getByText('Pas de portable dans le fichier de l’établissement')).toBeVisible();
  await button(page, DESK_FR.recordMobile).click();
  await expect(heading(page, DESK_FR.recordMobile)).toBeVisible();
  await expectNoAxeViolations(page, 'desk record mobile');
  await page
    .getByLabel('Numéro de portable du responsable', { exact: true })
    .fill(SOPHIE_DESK_MOBILE);
  await button(page, 'Continuer').click();
  await expect(heading(page, DESK_FR.confirmNumberTitle)).toBeVisible();
  await expect(page.getByTestId('desk-mobile')).toHaveText(SOPHIE_DESK_MOBILE);
  await expectNoAxeViolations(page, 'desk record mobile confirmation');
  await button(page, DESK_FR.recordNumber).click();
  await expect(heading(page, DESK_FR.recordedTitle)).toBeVisible();
  await expect(page.getByRole('status')).toContainText('07 •• •• •• 18');
  await button(page, 'Continuer').click();

  // Her page shows the number as a local correction; so does the corrections section.
  await expect(heading(page, 'MME MARCHAND Sophie')).toBeVisible();
  const local = page.getByTestId('local-mobile');
  await expect(local).toContainText('07 •• •• •• 18');
  await expect(local).toContainText(DESK_FR.localCorrection);
  await expect(local).toContainText(`Enregistré par ${STAFF.name}`);
  await expectNoAxeViolations(page, 'console guardian page with a local correction');
  await openSection(page, DESK_FR.corrections);
  await expect(heading(page, DESK_FR.corrections)).toBeVisible();
  const correction = page.locator('[data-desk="mobile-corrections"] li');
  await expect(correction).toHaveCount(1);
  await expect(correction).toContainText('Sophie MARCHAND — 07 •• •• •• 18');
  await expect(correction).toContainText('En vigueur');
  await expect(correction).toContainText('Le fichier de l’établissement ne donnait aucun numéro.');
  await expectNoAxeViolations(page, 'console mobile corrections');
  // The search finds her by the number she gave, and the list says it was given at the desk.
  await openSection(page, CONSOLE_FR.sections.search);
  await page
    .getByLabel('Nom ou numéro de téléphone portable', { exact: true })
    .fill(SOPHIE_DESK_MOBILE);
  await button(page, 'Rechercher').click();
  const found = page.locator('.console-result');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText('MME MARCHAND Sophie');
  await expect(found.locator('[data-desk-mobile]')).toHaveText(
    /^Donné au secrétariat : 07 •• •• •• 18\s*Correction locale$/u,
  );
  await expectNoAxeViolations(page, 'console search by a mobile recorded at the desk');
  await button(page, CONSOLE_FR.logout).click();
  await expect(loginHeading(page)).toBeVisible();

  // At the kiosk: she activates by SMS with the number she gave (the code reaches it).
  await startActivation(page);
  await requestCode(page, {
    lastName: 'Marchand',
    firstName: 'Sophie',
    mobile: SOPHIE_DESK_MOBILE,
  });
  const code = kiosk.gateway.lastCodeFor(SOPHIE_DESK_MOBILE_E164);
  if (code === undefined) throw new Error('no SMS code reached the mobile recorded at the desk');
  await enterCode(page, code);
  const identifier = await confirmChildren(page, [rightBirthDate(LUCAS)]);
  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await login(page, identifier, GOOD_PASSWORD, 'Sophie');

  // The roster itself still says what the export says; the audit log names the secretary.
  withKioskDatabase(kiosk.dataDir, (db) => {
    expect(
      db.prepare('SELECT mobile_e164 FROM guardians WHERE source_id = ?').get(SOPHIE.id),
    ).toEqual({
      mobile_e164: null,
    });
    expect(
      db
        .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'guardian.mobile-corrected'")
        .get(),
    ).toEqual({ n: 1 });
  });
});

test('a secretary issues an identifier on a letter; the parent logs in with it and must choose a password', async ({
  page,
  startKiosk,
}) => {
  test.setTimeout(180_000);
  const kiosk = await startKiosk({}, GUARDIANS);
  await openKiosk(page, kiosk.url);

  await page.keyboard.press('Control+Alt+KeyS');
  await createFirstStaffAccount(page, kiosk);
  await openGuardian(page, 'bernard', 'M. BERNARD Julien');
  // Romain left the school: his row says so, and the identifier is not for him.
  await expect(page.getByRole('row', { name: /BERNARD Romain/u })).toContainText(
    'A quitté l’établissement',
  );
  await expect(page.getByRole('row', { name: /BERNARD Inès/u })).not.toContainText(
    'A quitté l’établissement',
  );
  await button(page, DESK_FR.issueIdentifier).click();
  await expect(heading(page, DESK_FR.issueIdentifier)).toBeVisible();
  await expect(page.getByText('Représentant légal de : Inès', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'desk issue identifier');
  await button(page, DESK_FR.createIdentifier).click();

  // The letter's preview: the identifier and the temporary password, to print.
  await expect(heading(page, DESK_FR.identifierCreated)).toBeVisible();
  const letter = page.getByTestId('letter');
  await expect(letter).toContainText('Bonjour Julien BERNARD,');
  await expect(letter).toContainText('responsable légal pour Inès');
  // No login address set in Réglages: the letter says to ask for it, never a blank.
  await expect(letter).toContainText(
    'Demandez au secrétariat de l’établissement l’adresse de la page d’authentification',
  );
  const identifier = (await page.getByTestId('letter-identifier').innerText()).trim();
  const temporaryPassword = (await page.getByTestId('letter-password').innerText()).trim();
  expect(identifier).toBe('julien.bernard1');
  expect(temporaryPassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/u);
  await expect(button(page, 'Imprimer la lettre')).toBeVisible();
  // HTML print in the browser host: the letter alone on the printed page.
  await page.emulateMedia({ media: 'print' });
  await expect(letter).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections de la console' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expectNoAxeViolations(page, 'desk letter preview');

  // "J'ai remis la lettre": the password is gone from the screen; the page says activated.
  await button(page, DESK_FR.handedOver).click();
  await button(page, DESK_FR.finish).click();
  await expect(heading(page, 'M. BERNARD Julien')).toBeVisible();
  await expect(page.getByText(/^Activé le /u)).toBeVisible();
  await expect(page.getByText(temporaryPassword)).toHaveCount(0);
  await expect(button(page, DESK_FR.issueIdentifier)).toHaveCount(0);
  await button(page, CONSOLE_FR.logout).click();
  await expect(loginHeading(page)).toBeVisible();

  // The parent, with the letter: the temporary password leads to choosing his own.
  await loginAndReplaceTemporaryPassword(
    page,
    { identifier, temporaryPassword },
    GOOD_PASSWORD,
    'Julien',
  );
  await button(page, FR.account.logout).click();
  await expect(loginHeading(page)).toBeVisible();

  // The temporary password no longer opens the account; his own does.
  await page.getByLabel(FR.login.identifier, { exact: true }).fill(identifier);
  await page.getByLabel(FR.login.password, { exact: true }).fill(temporaryPassword);
  await button(page, FR.login.submit).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(heading(page, 'Bonjour Julien')).toHaveCount(0);
  await page.getByLabel(FR.login.password, { exact: true }).fill('');
  await login(page, identifier, GOOD_PASSWORD, 'Julien');
});
