// S-ENUM-3: each child's birth date may be answered wrong at most 3 times. After the first and
// second wrong date the card says so with the attempts left; the third ends the flow.
import { test, expect, reachChildren } from './support/kiosk-test';
import { CAMILLE, PATRICK } from './support/roster-fixture';
import { FR, childCard, openKiosk } from './support/activation-steps';

test('S-ENUM-3: three wrong birth dates for a child end the flow', async ({ page, startKiosk }) => {
  const kiosk = await startKiosk();
  await openKiosk(page, kiosk.url);
  await reachChildren(page, kiosk, PATRICK, { lastName: 'Dupont', firstName: 'Patrick' });

  const card = childCard(page, CAMILLE.firstName);
  await card.getByRole('button', { name: FR.children.yes, exact: true }).click();
  // Real dates, close to Camille's 14/03/2012, none of them hers.
  const wrongDates = ['15/03/2012', '14/03/2013', '14/04/2012'];
  for (const [index, wrongDate] of wrongDates.entries()) {
    await card.getByLabel(FR.children.birthDate, { exact: true }).fill(wrongDate);
    await card.getByRole('button', { name: FR.children.confirmDate, exact: true }).click();
    const remaining = wrongDates.length - 1 - index;
    if (remaining === 0) break;
    const alert = card.getByRole('alert');
    await expect(alert).toContainText(FR.children.wrongBirthDate);
    await expect(alert).toContainText(
      `Il vous reste ${remaining} essai${remaining > 1 ? 's' : ''}.`,
    );
    await expect(card.getByText(FR.children.statusConfirmed)).toHaveCount(0);
  }

  await expect(
    page.getByRole('heading', { name: FR.ended.tooManyBirthDates, exact: true }),
  ).toBeVisible();
  await expect(page.getByText('Vérifiez les dates de naissance de vos enfants')).toBeVisible();
  await expect(page.getByRole('heading', { name: FR.children.title, exact: true })).toHaveCount(0);
  // The text sends the parent to the secretariat: "Retour à l'accueil" is the big button, and
  // "Recommencer" starts from an empty form.
  await expect(page.getByRole('button', { name: FR.ended.home, exact: true })).toHaveAttribute(
    'data-primary',
    '',
  );
  const restart = page.getByRole('button', { name: FR.ended.restart, exact: true });
  await expect(restart).toBeVisible();
  await restart.click();
  await expect(page.getByRole('heading', { name: FR.identity.title, exact: true })).toBeVisible();
  await expect(page.getByLabel(FR.identity.lastName, { exact: true })).toHaveValue('');
  await expect(page.getByLabel(FR.identity.mobile, { exact: true })).toHaveValue('');
});
