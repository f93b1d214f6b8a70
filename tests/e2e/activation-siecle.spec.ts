// Seed walkthrough with a real school set-up: a SIECLE pair imported by the roster CLI into a
// fresh data dir, SMS through the (fake, loopback) SMS Gateway for Android.
import { test, expect, reachChildren, rightBirthDate } from './support/kiosk-test';
import { AMELIE, CAMILLE, HUGO, PATRICK } from './support/roster-fixture';
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
  requestCode,
  startActivation,
} from './support/activation-steps';

test('imported SIECLE roster: activation with one real SMS, then login (S-OTP-6)', async ({
  page,
  startKiosk,
}) => {
  const kiosk = await startKiosk();
  await openKiosk(page, kiosk.url);
  await expect(page.getByText(FR.demoBanner)).toHaveCount(0);
  await expect(page.getByText(FR.demoPhone)).toHaveCount(0);

  await startActivation(page);
  // Typed differently from the export (case, spaces): S-ENUM-2 tolerance.
  await requestCode(page, { lastName: 'dupont', firstName: 'PATRICK', mobile: '0612345678' });

  expect(kiosk.gateway.received).toHaveLength(1);
  const sms = kiosk.gateway.received[0]!;
  expect(sms.phoneNumbers).toEqual([PATRICK.mobileE164]);
  const code = kiosk.gateway.lastCodeFor(PATRICK.mobileE164);
  expect(code).toMatch(/^\d{6}$/);
  // S-OTP-6: the service and the validity, nothing personal.
  for (const personal of ['Patrick', 'Dupont', 'Camille', 'Hugo', '0612345678', '5E2']) {
    expect(sms.text.toLowerCase()).not.toContain(personal.toLowerCase());
  }
  expect(sms.text).toMatch(/30\s*min/);

  await enterCode(page, code!);
  const identifier = await confirmChildren(page, [rightBirthDate(CAMILLE), rightBirthDate(HUGO)]);
  expect(identifier).toBe('patrick.dupont1');

  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await login(page, identifier, GOOD_PASSWORD, 'Patrick');
  await expect(page.getByText(CAMILLE.firstName)).toBeVisible();
  await expect(page.getByText(HUGO.firstName)).toBeVisible();
  await expect(page.getByText(FR.demoBanner)).toHaveCount(0);
  await logout(page);

  expect(kiosk.gateway.received).toHaveLength(1);
});

test('accented names survive the ISO-8859-15 export (S-ENUM-2)', async ({ page, startKiosk }) => {
  const kiosk = await startKiosk();
  await openKiosk(page, kiosk.url);
  // Typed without accents, the mobile as "+33 6 …" while the export says "0033 6 …".
  const code = await reachChildren(page, kiosk, AMELIE, {
    lastName: 'Lefevre',
    firstName: 'Amelie',
    mobile: '+33 6 11 22 33 44',
  });
  expect(code).toMatch(/^\d{6}$/);
  await expect(page.getByRole('heading', { name: 'Noémie', exact: true })).toBeVisible();
  const identifier = await confirmChildren(page, [
    { firstName: 'Noémie', birthDate: AMELIE.children[0]!.birthDate },
  ]);
  expect(identifier).toBe('amelie.lefevre1');
});
