// S-KIOSK-3 at a shared screen: a password is masked by default; the toggle next to it shows it,
// then masks it again, and its name always says what a tap will do. On the login screen and on
// the activation's password step (both fields). Demo mode.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/kiosk-test';
import {
  FR,
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  confirmChildren,
  openKiosk,
  readDemoCode,
  requestCode,
  startActivation,
  typeCode,
} from './support/activation-steps';

/** The show/hide button that controls `field` (aria-controls points at the input). */
async function toggleOf(page: Page, field: Locator): Promise<Locator> {
  const id = await field.getAttribute('id');
  expect(id, 'the password input has an id').toBeTruthy();
  return page.locator(`button[aria-controls="${id}"]`);
}

async function expectMaskedThenShownThenMasked(page: Page, label: string, typed: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(typed);
  const toggle = await toggleOf(page, field);

  await expect(field, `${label}: masked by default`).toHaveAttribute('type', 'password');
  await expect(toggle).toHaveAccessibleName(FR.password.show);

  await toggle.click();
  await expect(field, `${label}: shown after "${FR.password.show}"`).toHaveAttribute(
    'type',
    'text',
  );
  await expect(toggle).toHaveAccessibleName(FR.password.hide);
  await expect(field).toHaveValue(typed);

  await toggle.click();
  await expect(field, `${label}: masked again after "${FR.password.hide}"`).toHaveAttribute(
    'type',
    'password',
  );
  await expect(toggle).toHaveAccessibleName(FR.password.show);
  await expect(field).toHaveValue(typed);
}

test('login: the password is masked, "Afficher" shows it, "Masquer" masks it again', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  await expectMaskedThenShownThenMasked(page, FR.login.password, 'mon mot de passe');
  // The identifier is not a secret: no toggle, always readable.
  const identifier = page.getByLabel(FR.login.identifier, { exact: true });
  await expect(identifier).toHaveAttribute('type', 'text');
  await expect(await toggleOf(page, identifier)).toHaveCount(0);
});

test('password step: both fields masked by default, each toggle shows and masks its own', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  await startActivation(page);
  await requestCode(page, { lastName: 'Dupont', firstName: 'Patrick', mobile: '06 12 34 56 02' });
  await typeCode(page, await readDemoCode(page));
  await confirmChildren(page, [{ firstName: 'Lucas', birthDate: '02/05/2012' }]);
  await acknowledgeIdentifier(page);

  const confirmation = page.getByLabel(FR.password.confirmation, { exact: true });
  await expectMaskedThenShownThenMasked(page, FR.password.password, GOOD_PASSWORD);
  await expect(confirmation, 'the other field stayed masked').toHaveAttribute('type', 'password');
  await expectMaskedThenShownThenMasked(page, FR.password.confirmation, GOOD_PASSWORD);
  await expect(page.getByLabel(FR.password.password, { exact: true })).toHaveAttribute(
    'type',
    'password',
  );
});
