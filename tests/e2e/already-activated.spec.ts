// A parent who already activated their account and starts again: after the SMS code, the kiosk
// shows "Vous avez déjà un compte" with their identifier (not a second account), and "Se
// connecter" leads to the login screen with it filled in. Demo mode, Mme Zoé D'ARCY (one child).
import { test, expect } from './support/kiosk-test';
import {
  FR,
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  choosePassword,
  confirmChildren,
  enterCode,
  expectNoAxeViolations,
  loginHeading,
  openKiosk,
  readDemoCode,
  requestCode,
  requestCodeWhenAllowed,
  startActivation,
  typeCode,
  type Identity,
  heading,
  button,
} from './support/activation-steps';

const ZOE: Identity = { lastName: "D'Arcy", firstName: 'Zoé', mobile: '07 81 23 45 06' };

test('a second activation of the same parent shows their identifier after the code step', async ({
  page,
  startDemoKiosk,
}) => {
  // A 1 s gap between two SMS to one number (S-RATE-2) keeps the second SMS close.
  const kiosk = await startDemoKiosk({ KIOSK_RESEND_COOLDOWN_SECONDS: '1' });
  await openKiosk(page, kiosk.url);

  // First visit: the account is created.
  await startActivation(page);
  await requestCode(page, ZOE);
  const firstCode = await readDemoCode(page);
  await enterCode(page, firstCode);
  const identifier = await confirmChildren(page, [{ firstName: 'Chloé', birthDate: '18/06/2013' }]);
  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await button(page, FR.done.finish).click();
  await expect(loginHeading(page)).toBeVisible();

  // Second visit, same parent: identity and code are asked as usual.
  await startActivation(page);
  await requestCodeWhenAllowed(page, ZOE);
  const secondCode = await readDemoCode(page, [firstCode]);
  await typeCode(page, secondCode);

  await expect(heading(page, FR.alreadyActivated.title)).toBeVisible();
  await expect(
    page.getByText(`Bonjour ${ZOE.firstName}, votre compte est déjà activé.`),
  ).toBeVisible();
  const shown = page.getByRole('group', { name: 'Votre identifiant' });
  await expect(shown).toContainText(identifier);
  // The flow is over: no step, no children to confirm, nothing to type.
  await expect(page.getByText(/Étape \d sur 5/)).toHaveCount(0);
  await expect(heading(page, FR.children.title)).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expectNoAxeViolations(page, 'already activated');

  await button(page, FR.alreadyActivated.login).click();
  await expect(loginHeading(page)).toBeVisible();
  await expect(page.getByLabel(FR.login.identifier, { exact: true })).toHaveValue(identifier);
});
