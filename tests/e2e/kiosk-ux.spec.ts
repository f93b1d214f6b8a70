// What a parent at the kiosk sees and touches beyond the walkthrough itself (ux.md): the
// on-screen keyboard comes back on a tap and never hides the field or the primary button, the
// focus goes where the error is, "Abandonner" asks first once an SMS was sent, a wrong number
// can be changed, a long wait is said as a time of day, and "J'ai terminé" leaves nothing on
// screen. Demo mode (families in main/demo/demo-roster.ts), touch screen.
import { test, expect } from './support/kiosk-test';
import {
  AFTER_PASSWORD_HASHING,
  FR,
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  choosePassword,
  confirmChildren,
  confirmSendWhenAllowed,
  demoPhone,
  enterCode,
  loginHeading,
  openKiosk,
  readDemoCode,
  requestCode,
  startActivation,
  submitIdentity,
  type Identity,
  heading,
  button,
} from './support/activation-steps';
import { expectAboveKeyboard, onScreenKeyboard as keyboard } from './support/on-screen-keys';

test.use({ hasTouch: true });

const PATRICK: Identity = { lastName: 'Dupont', firstName: 'Patrick', mobile: '06 12 34 56 02' };

test('the on-screen keyboard comes back on a tap, leaves with Tab, and hides neither field nor button', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  await startActivation(page);

  // Landscape 1920×1080: "Nom" focused, "Recevoir mon code SMS" must stay above the keyboard.
  const lastName = page.getByLabel(FR.identity.lastName, { exact: true });
  const submit = button(page, FR.identity.submit);
  await lastName.tap();
  await expect(keyboard(page)).toBeVisible();
  await expectAboveKeyboard(page, lastName, 'Nom');
  await expectAboveKeyboard(page, submit, 'the primary button');

  // An error (empty form): the focus goes back to "Nom", both still above the keyboard.
  await submit.tap();
  await expect(page.getByRole('alert')).toContainText(FR.identity.missingLastName);
  await expect(lastName).toBeFocused();
  await expect(lastName).toHaveAttribute('aria-invalid', 'true');
  await expect(keyboard(page)).toBeVisible();
  await expectAboveKeyboard(page, lastName, 'Nom with its error');
  await expectAboveKeyboard(page, submit, 'the primary button after the error');

  // "Fermer le clavier", then a tap on the same, still focused, field brings it back.
  await button(page, FR.keyboard.close).tap();
  await expect(keyboard(page)).toBeHidden();
  await expect(lastName).toBeFocused();
  await lastName.tap();
  await expect(keyboard(page)).toBeVisible();

  // A physical keyboard: Tab from field to field keeps it, Tab on to a button closes it.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(FR.identity.firstName, { exact: true })).toBeFocused();
  await expect(keyboard(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(submit).toBeFocused();
  await expect(keyboard(page)).toBeHidden();
});

test('"Abandonner" asks first once the SMS is sent; "Modifier mon numéro" keeps what was typed', async ({
  page,
  startDemoKiosk,
}) => {
  // A 1 s gap between two SMS to one number (S-RATE-2) lets the test send a second one.
  const kiosk = await startDemoKiosk({ KIOSK_RESEND_COOLDOWN_SECONDS: '1' });
  await openKiosk(page, kiosk.url);
  await startActivation(page);
  await requestCode(page, PATRICK);

  // The code field is focused after a wrong code (not the page body).
  const codeField = page.getByLabel(FR.code.label, { exact: true });
  await codeField.fill('12');
  await button(page, FR.code.submit).tap();
  await expect(page.getByRole('alert')).toContainText('le code en comporte 6');
  await expect(codeField).toBeFocused();

  const dialog = page.getByRole('alertdialog', { name: FR.abandon.title });
  await button(page, FR.abandon.button).tap();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: FR.abandon.cancel }).tap();
  await expect(dialog).toHaveCount(0);
  await expect(heading(page, FR.code.title)).toBeVisible();

  await button(page, FR.code.changeNumber).tap();
  await expect(heading(page, FR.identity.title)).toBeVisible();
  await expect(page.getByLabel(FR.identity.lastName, { exact: true })).toHaveValue(
    PATRICK.lastName,
  );
  await expect(page.getByLabel(FR.identity.mobile, { exact: true })).toHaveValue(PATRICK.mobile);

  // Step 1 does not ask; from the code screen, "Oui, abandonner" ends the visit.
  await submitIdentity(page);
  // "Valider" again until the per-number gap between two SMS (1 s here) has passed.
  await confirmSendWhenAllowed(page, { tap: true });
  await expect(heading(page, FR.code.title)).toBeVisible();
  await button(page, FR.abandon.button).tap();
  await dialog.getByRole('button', { name: FR.abandon.confirm }).tap();
  await expect(loginHeading(page)).toBeVisible();
  await startActivation(page);
  await expect(page.getByLabel(FR.identity.lastName, { exact: true })).toHaveValue('');
});

test.describe('with one SMS per number and hour', () => {
  test('a long wait is said as a time of day; "Valider" waits, "Retour à l\'accueil" leads', async ({
    page,
    startDemoKiosk,
  }) => {
    const kiosk = await startDemoKiosk({ KIOSK_SMS_PER_PHONE_PER_HOUR: '1' });
    await openKiosk(page, kiosk.url);
    await startActivation(page);
    await requestCode(page, PATRICK);
    await button(page, FR.code.changeNumber).tap();
    await submitIdentity(page);
    const valider = button(page, FR.confirmSend.submit);
    await valider.tap();

    const alert = page.getByRole('alert');
    await expect(alert).toContainText(FR.confirmSend.smsRateLimited);
    // An hour from now: "demain" when the test runs after 23:00.
    await expect(alert).toContainText(/Réessayez (demain )?à partir de \d{1,2} h \d{2}\./);
    await expect(alert).not.toContainText('secondes');
    await expect(valider).toBeDisabled();
    const home = button(page, FR.ended.home);
    await expect(home).toHaveAttribute('data-primary', '');
    await home.tap();
    await expect(loginHeading(page)).toBeVisible();
  });
});

test('"J\'ai terminé" ends the visit: start screen, no code left on the demo phone', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  await expect(page.getByText("Kiosque : Kiosque de l'accueil")).toBeVisible();
  await startActivation(page);
  await requestCode(page, { lastName: "D'Arcy", firstName: 'Zoé', mobile: '07 81 23 45 06' });
  const code = await readDemoCode(page);
  await enterCode(page, code);
  const identifier = await confirmChildren(page, [{ firstName: 'Chloé', birthDate: '18/06/2013' }]);
  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await expect(demoPhone(page).getByText(code)).toHaveCount(0);
  await expect(page.getByText(identifier, { exact: true })).toBeVisible();

  await button(page, FR.done.finish).tap();
  await expect(loginHeading(page)).toBeVisible();
  expect(await page.content()).not.toContain(identifier);
  expect(await page.content()).not.toContain(code);
  await expect(page.getByLabel(FR.login.identifier, { exact: true })).toHaveValue('');
});

test('login: an empty field is named on that field before anything is sent', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  const identifier = page.getByLabel(FR.login.identifier, { exact: true });
  const password = page.getByLabel(FR.login.password, { exact: true });

  await button(page, FR.login.submit).tap();
  await expect(page.getByText(FR.login.missingIdentifier)).toBeVisible();
  await expect(page.getByText(FR.login.missingPassword)).toBeVisible();
  await expect(identifier).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(identifier).toBeFocused();
  await expect(page.getByText(FR.login.failed)).toHaveCount(0);

  await identifier.fill('personne.inconnue1');
  await button(page, FR.login.submit).tap();
  await expect(page.getByText(FR.login.missingIdentifier)).toHaveCount(0);
  await expect(page.getByText(FR.login.missingPassword)).toBeVisible();
  await expect(password).toBeFocused();

  // A real failure keeps the generic message, tied to no field.
  await password.fill('mauvais mot de passe');
  await button(page, FR.login.submit).tap();
  await expect(page.getByRole('alert').filter({ hasText: FR.login.failed })).toBeVisible(
    AFTER_PASSWORD_HASHING,
  );
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
});
