// Seed, Étape 5: identifiers are "prenom.nom" + a number. Two guardians called Patrick Dupont
// (different families, different mobiles) get patrick.dupont1 then patrick.dupont2.
import { test, expect, reachChildren, rightBirthDate } from './support/kiosk-test';
import { CAMILLE, EMMA, HUGO, OTHER_PATRICK, PATRICK } from './support/roster-fixture';
import {
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  choosePassword,
  confirmChildren,
  login,
  logout,
  openKiosk,
} from './support/activation-steps';

test('a second Patrick Dupont gets patrick.dupont2', async ({ page, startKiosk }) => {
  const kiosk = await startKiosk();
  await openKiosk(page, kiosk.url);

  await reachChildren(page, kiosk, PATRICK, { lastName: 'Dupont', firstName: 'Patrick' });
  const first = await confirmChildren(page, [rightBirthDate(CAMILLE), rightBirthDate(HUGO)]);
  expect(first).toBe('patrick.dupont1');
  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await login(page, first, GOOD_PASSWORD, 'Patrick');
  await logout(page);

  await reachChildren(page, kiosk, OTHER_PATRICK, {
    lastName: 'DUPONT',
    firstName: 'Patrick',
    mobile: '07 98 76 54 32',
  });
  // Only this family's child is shown to the second Patrick.
  await expect(page.getByRole('heading', { name: CAMILLE.firstName })).toHaveCount(0);
  const second = await confirmChildren(page, [rightBirthDate(EMMA)]);
  expect(second).toBe('patrick.dupont2');
  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await login(page, second, GOOD_PASSWORD, 'Patrick');
  await expect(page.getByText(EMMA.firstName, { exact: true })).toBeVisible();
  await expect(page.getByText(CAMILLE.firstName, { exact: true })).toHaveCount(0);
  await logout(page);
});
