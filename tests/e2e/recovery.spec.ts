// Issue 5 end to end through the browser host: "Identifiant perdu" and "Mot de passe perdu"
// from the login screen, with a real SIECLE roster and SMS through the fake Android gateway.
import type { Page } from '@playwright/test';
import { test, expect, reachChildren, rightBirthDate } from './support/kiosk-test';
import {
  AFTER_PASSWORD_HASHING,
  acknowledgeIdentifier,
  button,
  choosePassword,
  confirmChildren,
  enterCode,
  expectNoAxeViolations,
  FR,
  GOOD_PASSWORD,
  heading,
  login,
  loginHeading,
  openKiosk,
  readDemoCode,
  requestCode,
  startActivation,
} from './support/activation-steps';
import {
  editKioskDatabase,
  FR_RECOVERY,
  requestIdentifierRecovery,
  requestPasswordRecovery,
  typeRecoveryCode,
} from './support/recovery-steps';
import { CAMILLE, HUGO, PATRICK } from './support/roster-fixture';
import type { RealKiosk } from './support/real-kiosk';

const NEW_PASSWORD = 'Confiture de fraise au goûter 2026';
const PATRICK_TYPED = { lastName: 'Dupont', firstName: 'Patrick', mobile: PATRICK.mobile };
const UNKNOWN = { lastName: 'Martin', firstName: 'Sophie', mobile: '06 99 88 77 66' };
// A second SMS to one number seconds after the activation's: the resend gap is shortened.
const QUICK_GAP = { KIOSK_RESEND_COOLDOWN_SECONDS: '1' };

/** Patrick activates his account (seed walkthrough) and ends the visit. Returns his identifier. */
async function activatePatrick(page: Page, kiosk: RealKiosk): Promise<string> {
  await openKiosk(page, kiosk.url);
  await reachChildren(page, kiosk, PATRICK, { lastName: 'Dupont', firstName: 'Patrick' });
  const identifier = await confirmChildren(page, [rightBirthDate(CAMILLE), rightBirthDate(HUGO)]);
  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await button(page, FR.done.finish).click();
  await expect(loginHeading(page)).toBeVisible();
  return identifier;
}

const smsTo = (kiosk: RealKiosk, phoneE164: string) =>
  kiosk.gateway.received.filter((sms) => sms.phoneNumbers.includes(phoneE164));

test('Identifiant perdu: the code by SMS, then the identifier on screen and by SMS', async ({
  page,
  startKiosk,
}) => {
  const kiosk = await startKiosk(QUICK_GAP);
  const identifier = await activatePatrick(page, kiosk);
  await requestIdentifierRecovery(page, PATRICK_TYPED);
  await expect(page.getByText('Le code a été envoyé au 06 •• •• •• 78.')).toBeVisible();
  await expectNoAxeViolations(page, 'recovery code');
  const code = kiosk.gateway.lastCodeFor(PATRICK.mobileE164);
  expect(code).toMatch(/^\d{6}$/);
  await typeRecoveryCode(page, code!);
  await expect(heading(page, FR_RECOVERY.identifierDoneTitle)).toBeVisible();
  await expect(page.getByTestId('identifier')).toHaveText(identifier);
  await expectNoAxeViolations(page, 'recovered identifier');
  await expect
    .poll(() => smsTo(kiosk, PATRICK.mobileE164).at(-1)?.text)
    .toBe(`EduConnect : votre identifiant est ${identifier}.`);
  // "Se connecter": the login form with the identifier filled in.
  await button(page, FR_RECOVERY.login).click();
  await expect(page.getByLabel(FR.login.identifier, { exact: true })).toHaveValue(identifier);
});

test('Mot de passe perdu: code, birth date, new password; the old one is refused', async ({
  page,
  startKiosk,
}) => {
  const kiosk = await startKiosk(QUICK_GAP);
  const identifier = await activatePatrick(page, kiosk);
  const before = smsTo(kiosk, PATRICK.mobileE164).length;
  await requestPasswordRecovery(page, identifier);
  // S-ENUM-4: the number an identifier leads to is never shown.
  await expect(page.getByText('•• ••')).toHaveCount(0);
  await expect.poll(() => smsTo(kiosk, PATRICK.mobileE164).length).toBe(before + 1);
  await typeRecoveryCode(page, kiosk.gateway.lastCodeFor(PATRICK.mobileE164)!);
  await expect(heading(page, FR_RECOVERY.birthDateTitle)).toBeVisible();
  await expectNoAxeViolations(page, 'recovery birth date');
  const asked = (await page.locator('[data-screen] .lead').innerText()).includes(CAMILLE.firstName)
    ? CAMILLE
    : HUGO;
  await page.getByLabel(FR_RECOVERY.birthDate, { exact: true }).fill(asked.birthDate);
  await button(page, FR_RECOVERY.validate).click();
  await expect(heading(page, FR_RECOVERY.newPasswordTitle)).toBeVisible();
  await page.getByLabel(FR_RECOVERY.newPassword, { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel(FR_RECOVERY.newPasswordConfirmation, { exact: true }).fill(NEW_PASSWORD);
  await button(page, FR_RECOVERY.savePassword).click();
  await expect(heading(page, FR_RECOVERY.passwordDoneTitle)).toBeVisible(AFTER_PASSWORD_HASHING);
  // S-ENUM-4: the holder is told by SMS.
  await expect
    .poll(() => smsTo(kiosk, PATRICK.mobileE164).at(-1)?.text)
    .toContain("le mot de passe de votre compte a été changé à l'instant");

  await button(page, FR_RECOVERY.login).click();
  await expect(loginHeading(page)).toBeVisible();
  await page.getByLabel(FR.login.password, { exact: true }).fill(GOOD_PASSWORD);
  await button(page, FR.login.submit).click();
  await expect(page.getByText(FR.login.failed)).toBeVisible(AFTER_PASSWORD_HASHING);
  await page.getByLabel(FR.login.password, { exact: true }).fill(NEW_PASSWORD);
  await button(page, FR.login.submit).click();
  await expect(heading(page, 'Bonjour Patrick')).toBeVisible(AFTER_PASSWORD_HASHING);
});

test('S-ENUM-4 an unknown person gets the same screens, no SMS; S-OTP-5 5 wrong codes end it', async ({
  page,
  startKiosk,
}) => {
  const kiosk = await startKiosk();
  await openKiosk(page, kiosk.url);
  await requestIdentifierRecovery(page, UNKNOWN);
  await expect(page.getByText('Le code a été envoyé au 06 •• •• •• 66.')).toBeVisible();
  // The activation path is offered on this screen, to everyone.
  await expect(button(page, FR_RECOVERY.createAccount)).toBeVisible();
  for (let i = 1; i <= 4; i += 1) {
    await typeRecoveryCode(page, '123456');
    await expect(page.getByText(FR_RECOVERY.wrongCode)).toBeVisible();
  }
  await typeRecoveryCode(page, '123456');
  await expect(heading(page, FR_RECOVERY.tooManyCodes)).toBeVisible();
  expect(kiosk.gateway.received).toHaveLength(0);
});

test('S-OTP-2 an expired code ends the recovery', async ({ page, startKiosk }) => {
  const kiosk = await startKiosk({ KIOSK_CODE_TTL_SECONDS: '2' });
  await openKiosk(page, kiosk.url);
  await requestIdentifierRecovery(page, UNKNOWN);
  await page.waitForTimeout(2500); // the code's lifetime (2 s) passes: nothing to wait on
  await typeRecoveryCode(page, '123456');
  await expect(heading(page, FR_RECOVERY.expiredTitle)).toBeVisible();
});

test('S-ENUM-4 a locked guardian gets the same screens and no SMS', async ({
  page,
  startKiosk,
}) => {
  const kiosk = await startKiosk(QUICK_GAP);
  const identifier = await activatePatrick(page, kiosk);
  editKioskDatabase(kiosk.dataDir, "UPDATE guardians SET locked_at = '2026-01-01T00:00:00Z'");
  const before = smsTo(kiosk, PATRICK.mobileE164).length;
  await requestPasswordRecovery(page, identifier);
  await typeRecoveryCode(page, '123456');
  await expect(page.getByText(FR_RECOVERY.wrongCode)).toBeVisible();
  expect(smsTo(kiosk, PATRICK.mobileE164)).toHaveLength(before);
});

test('a temporary password must be changed at first login; "Changer mon mot de passe" asks the current one', async ({
  page,
  startKiosk,
}) => {
  // A whole activation, then some nine password hashes (logins, three changes): S-PWD-3 costs.
  test.slow();
  const kiosk = await startKiosk();
  const identifier = await activatePatrick(page, kiosk);
  editKioskDatabase(kiosk.dataDir, 'UPDATE accounts SET must_change_password = 1');
  await page.getByLabel(FR.login.identifier, { exact: true }).fill(identifier);
  await page.getByLabel(FR.login.password, { exact: true }).fill(GOOD_PASSWORD);
  await button(page, FR.login.submit).click();
  await expect(heading(page, FR_RECOVERY.forcedTitle)).toBeVisible(AFTER_PASSWORD_HASHING);
  await expect(page.getByLabel(FR_RECOVERY.currentPassword, { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page, 'forced password change');
  await page.getByLabel(FR_RECOVERY.newPassword, { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel(FR_RECOVERY.newPasswordConfirmation, { exact: true }).fill(NEW_PASSWORD);
  await button(page, FR_RECOVERY.savePassword).click();
  await expect(heading(page, 'Bonjour Patrick')).toBeVisible(AFTER_PASSWORD_HASHING);
  await expect(page.getByText(FR_RECOVERY.passwordChanged)).toBeVisible();

  await button(page, FR_RECOVERY.changePassword).click();
  await page.getByLabel(FR_RECOVERY.currentPassword, { exact: true }).fill('pas le bon du tout');
  await page.getByLabel(FR_RECOVERY.newPassword, { exact: true }).fill(GOOD_PASSWORD);
  await page.getByLabel(FR_RECOVERY.newPasswordConfirmation, { exact: true }).fill(GOOD_PASSWORD);
  await button(page, FR_RECOVERY.savePassword).click();
  await expect(page.getByText("Ce n'est pas votre mot de passe actuel.")).toBeVisible(
    AFTER_PASSWORD_HASHING,
  );
  await page.getByLabel(FR_RECOVERY.currentPassword, { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel(FR_RECOVERY.newPassword, { exact: true }).fill(GOOD_PASSWORD);
  await page.getByLabel(FR_RECOVERY.newPasswordConfirmation, { exact: true }).fill(GOOD_PASSWORD);
  await button(page, FR_RECOVERY.savePassword).click();
  await expect(page.getByText(FR_RECOVERY.passwordChanged)).toBeVisible(AFTER_PASSWORD_HASHING);
  await button(page, FR.account.logout).click();
  await login(page, identifier, GOOD_PASSWORD, 'Patrick');
});

test('a disabled account is refused after the right password with a plain message', async ({
  page,
  startKiosk,
}) => {
  const kiosk = await startKiosk();
  const identifier = await activatePatrick(page, kiosk);
  editKioskDatabase(kiosk.dataDir, "UPDATE accounts SET disabled_at = '2026-01-01T00:00:00Z'");
  await page.getByLabel(FR.login.identifier, { exact: true }).fill(identifier);
  await page.getByLabel(FR.login.password, { exact: true }).fill(GOOD_PASSWORD);
  await button(page, FR.login.submit).click();
  await expect(page.getByText(FR_RECOVERY.accountDisabled)).toBeVisible(AFTER_PASSWORD_HASHING);
  await expect(loginHeading(page)).toBeVisible();
});

test('both links work from the login screen in demo mode', async ({ page, startDemoKiosk }) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  for (const [link, title] of [
    [FR.login.lostIdentifier, FR_RECOVERY.identifierTitle],
    [FR.login.lostPassword, FR_RECOVERY.passwordTitle],
  ] as const) {
    await button(page, link).click();
    await expect(heading(page, title)).toBeVisible();
    await expect(button(page, FR_RECOVERY.submitIdentity)).toBeVisible();
    await expectNoAxeViolations(page, title);
    await button(page, FR.common.back).click();
    await expect(loginHeading(page)).toBeVisible();
  }
});

test('demo mode, as a new user would: activate, then "Identifiant perdu" with the demo phone', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk(QUICK_GAP);
  await openKiosk(page, kiosk.url);
  // A demo family (main/demo/demo-roster.ts): Patrick Dupont, 06 12 34 56 02, Lucas 02/05/2012.
  const demoPatrick = { lastName: 'Dupont', firstName: 'Patrick', mobile: '06 12 34 56 02' };
  await startActivation(page);
  await requestCode(page, demoPatrick);
  const activationCode = await readDemoCode(page);
  await enterCode(page, activationCode);
  const identifier = await confirmChildren(page, [{ firstName: 'Lucas', birthDate: '02/05/2012' }]);
  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await button(page, FR.done.finish).click();
  await expect(loginHeading(page)).toBeVisible();

  await requestIdentifierRecovery(page, demoPatrick);
  await typeRecoveryCode(page, await readDemoCode(page, [activationCode]));
  await expect(page.getByTestId('identifier')).toHaveText(identifier);
});
