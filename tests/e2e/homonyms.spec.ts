// Seed, Étape 5: identifiers are "prenom.nom" + a number. Two guardians called Patrick Dupont
// (different families, different mobiles) get patrick.dupont1 then patrick.dupont2.
import { test, expect } from '@playwright/test';
import { startRealKiosk, type RealKiosk } from './support/real-kiosk';
import { CAMILLE, EMMA, HUGO, OTHER_PATRICK, PATRICK } from './support/roster-fixture';
import {
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  choosePassword,
  confirmChildren,
  enterCode,
  login,
  logout,
  openKiosk,
  requestCode,
  startActivation,
} from './support/activation-steps';

let kiosk: RealKiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

test('a second Patrick Dupont gets patrick.dupont2', async ({ page }) => {
  kiosk = await startRealKiosk();
  await openKiosk(page, kiosk.url);

  await startActivation(page);
  await requestCode(page, { lastName: 'Dupont', firstName: 'Patrick', mobile: PATRICK.mobile });
  await enterCode(page, kiosk.gateway.lastCodeFor(PATRICK.mobileE164)!);
  const first = await confirmChildren(page, [
    { firstName: CAMILLE.firstName, birthDate: CAMILLE.birthDate },
    { firstName: HUGO.firstName, birthDate: HUGO.birthDate },
  ]);
  expect(first).toBe('patrick.dupont1');
  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await login(page, first, GOOD_PASSWORD, 'Patrick');
  await logout(page);

  await startActivation(page);
  await requestCode(page, { lastName: 'DUPONT', firstName: 'Patrick', mobile: '07 98 76 54 32' });
  await enterCode(page, kiosk.gateway.lastCodeFor(OTHER_PATRICK.mobileE164)!);
  // Only this family's child is shown to the second Patrick.
  await expect(page.getByRole('heading', { name: CAMILLE.firstName })).toHaveCount(0);
  const second = await confirmChildren(page, [
    { firstName: EMMA.firstName, birthDate: EMMA.birthDate },
  ]);
  expect(second).toBe('patrick.dupont2');
  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await login(page, second, GOOD_PASSWORD, 'Patrick');
  await expect(page.getByText(EMMA.firstName, { exact: true })).toBeVisible();
  await expect(page.getByText(CAMILLE.firstName, { exact: true })).toHaveCount(0);
  await logout(page);
});
