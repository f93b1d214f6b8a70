// S-PWD-1 / S-PWD-2: at least 12 characters; common passwords and ones built from the identifier
// are refused, each with its French explanation; a long easy-to-remember sentence works.
import { test, expect, reachChildren, rightBirthDate } from './support/kiosk-test';
import { AMELIE } from './support/roster-fixture';
import {
  AFTER_PASSWORD_HASHING,
  FR,
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  confirmChildren,
  login,
  openKiosk,
  typePasswords,
} from './support/activation-steps';

test('S-PWD-1/2: too short, common and identifier-based passwords are refused with a reason', async ({
  page,
  startKiosk,
}) => {
  const kiosk = await startKiosk();
  await openKiosk(page, kiosk.url);
  await reachChildren(page, kiosk, AMELIE, { lastName: 'Lefèvre', firstName: 'Amélie' });
  const identifier = await confirmChildren(page, [rightBirthDate(AMELIE.children[0]!)]);
  await acknowledgeIdentifier(page);
  const passwordTitle = page.getByRole('heading', { name: FR.password.title, exact: true });
  const alert = page.getByRole('alert');

  // Not the same twice: said on the confirmation, which alone is emptied; the first stays.
  await typePasswords(page, GOOD_PASSWORD, `${GOOD_PASSWORD}!`);
  const confirmation = page.getByLabel(FR.password.confirmation, { exact: true });
  await expect(alert.filter({ hasText: FR.password.mismatch })).toBeVisible();
  await expect(confirmation).toHaveAttribute('aria-invalid', 'true');
  await expect(confirmation).toBeFocused();
  await expect(confirmation).toHaveValue('');
  await expect(page.getByLabel(FR.password.password, { exact: true })).toHaveValue(GOOD_PASSWORD);

  await typePasswords(page, 'Court 12345'); // 11 characters
  await expect(alert.filter({ hasText: FR.password.tooShort })).toBeVisible();
  await expect(passwordTitle).toBeVisible();
  // Said on the first field, which gets the focus back.
  const first = page.getByLabel(FR.password.password, { exact: true });
  await expect(first).toHaveAttribute('aria-invalid', 'true');
  await expect(first).toBeFocused();

  await typePasswords(page, 'azertyuiop123');
  await expect(alert.filter({ hasText: FR.password.common })).toBeVisible();
  await expect(passwordTitle).toBeVisible();

  await typePasswords(page, `${identifier} 2025 !`);
  await expect(alert.filter({ hasText: FR.password.identifier })).toBeVisible();
  await expect(passwordTitle).toBeVisible();

  // Fields are emptied after each refusal (S-PWD-4): nothing typed stays on screen.
  await expect(page.getByLabel(FR.password.password, { exact: true })).toHaveValue('');
  await expect(page.getByLabel(FR.password.confirmation, { exact: true })).toHaveValue('');

  await typePasswords(page, GOOD_PASSWORD);
  await expect(page.getByRole('heading', { name: FR.done.title, exact: true })).toBeVisible(
    AFTER_PASSWORD_HASHING,
  );
  await login(page, identifier, GOOD_PASSWORD, 'Amélie');

  // A refused password never became the account's password.
  await page.getByRole('button', { name: FR.account.logout, exact: true }).click();
  await page.getByLabel(FR.login.identifier, { exact: true }).fill(identifier);
  await page.getByLabel(FR.login.password, { exact: true }).fill('azertyuiop123');
  await page.getByRole('button', { name: FR.login.submit, exact: true }).click();
  await expect(alert.filter({ hasText: FR.login.failed })).toBeVisible(AFTER_PASSWORD_HASHING);
});
