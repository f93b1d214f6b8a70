// Seed walkthrough, end to end, in demo mode: the bundled fictional roster and the on-screen
// "Téléphone de démonstration" (no env, nothing imported). Demo family: M. Patrick DUPONT,
// 06 12 34 56 02, son Lucas born 02/05/2012 in 4e B (main/demo/demo-roster.ts).
import { test, expect } from './support/kiosk-test';
import {
  FR,
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  choosePassword,
  confirmChildren,
  enterCode,
  login,
  logout,
  openKiosk,
  readDemoCode,
  requestCode,
  startActivation,
} from './support/activation-steps';

test('demo mode: activation by SMS then login, as in the seed walkthrough', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  await expect(page.getByText(FR.demoBanner, { exact: true })).toBeVisible();

  await startActivation(page);
  await requestCode(page, { lastName: 'Dupont', firstName: 'Patrick', mobile: '06 12 34 56 02' });

  const code = await readDemoCode(page);
  expect(code).toMatch(/^\d{6}$/);
  await enterCode(page, code);

  await expect(page.getByRole('heading', { name: 'Lucas', exact: true })).toBeVisible();
  await expect(page.getByText('Classe : 4e B')).toBeVisible();
  const identifier = await confirmChildren(page, [{ firstName: 'Lucas', birthDate: '02/05/2012' }]);
  expect(identifier).toMatch(/^[a-z-]+\.[a-z-]+1$/); // prenom.nom1
  expect(identifier).toBe('patrick.dupont1');
  await expect(page.getByText(identifier, { exact: true })).toBeVisible();

  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);

  await login(page, identifier, GOOD_PASSWORD, 'Patrick');
  await expect(page.getByText(identifier, { exact: true })).toBeVisible();
  await expect(page.getByText('Lucas')).toBeVisible();
  await expect(page.getByText(FR.demoBanner, { exact: true })).toBeVisible();

  await logout(page);
  await expect(page.getByText('Lucas')).toHaveCount(0);
});
