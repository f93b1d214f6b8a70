// Issue 11: the README's demo order with ONE demo family (activation, "Identifiant perdu",
// "Mot de passe perdu") sends the number its 3 SMS of the hour (S-RATE-2). The last step must say
// the limit and from when to try again, not "code sent" with nothing sent.
import { test, expect } from './support/kiosk-test';
import {
  FR,
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  button,
  choosePassword,
  confirmChildren,
  demoPhone,
  enterCode,
  heading,
  openKiosk,
  readDemoCode,
  requestCode,
  startActivation,
} from './support/activation-steps';
import { FR_RECOVERY, requestIdentifierRecovery, typeRecoveryCode } from './support/recovery-steps';

const PATRICK = { lastName: 'Dupont', firstName: 'Patrick', mobile: '06 12 34 56 02' };

test('the demo in the README order with one family: "Mot de passe perdu" says the limit and when', async ({
  page,
  startDemoKiosk,
}) => {
  // The resend gap shortened so the three steps can follow each other within seconds.
  const kiosk = await startDemoKiosk({ KIOSK_RESEND_COOLDOWN_SECONDS: '1' });
  await openKiosk(page, kiosk.url);

  // 1. Activation (SMS 1).
  await startActivation(page);
  await requestCode(page, PATRICK);
  const code = await readDemoCode(page);
  await enterCode(page, code);
  const identifier = await confirmChildren(page, [{ firstName: 'Lucas', birthDate: '02/05/2012' }]);
  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await button(page, FR.done.finish).click();

  // 2. "Identifiant perdu" (SMS 2: the code, SMS 3: the identifier).
  await requestIdentifierRecovery(page, PATRICK);
  await typeRecoveryCode(page, await readDemoCode(page, [code]));
  await expect(heading(page, FR_RECOVERY.identifierDoneTitle)).toBeVisible();
  await button(page, FR_RECOVERY.login).click();
  // The demo phone shows SMS as it polls: wait for the identifier SMS (SMS 3) before counting.
  await expect(demoPhone(page).getByText(`votre identifiant est ${identifier}`)).toBeVisible();
  const smsShown = () => demoPhone(page).getByRole('listitem').allInnerTexts();
  const shownBefore = await smsShown();

  // 3. "Mot de passe perdu" by identifier: the number is over its limit.
  await button(page, FR.login.lostPassword).click();
  await page.getByLabel(FR_RECOVERY.identifierLabel, { exact: true }).fill(identifier);
  await button(page, FR_RECOVERY.submitIdentity).click();
  await expect(heading(page, FR_RECOVERY.confirmTitle)).toBeVisible();
  await button(page, FR_RECOVERY.validate).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText(FR.confirmSend.smsRateLimited);
  // About an hour from now: "demain" when the test runs after 23:00.
  await expect(alert).toContainText(/Réessayez (demain )?à partir de \d{1,2} h \d{2}\./);
  await expect(heading(page, FR_RECOVERY.codeTitle)).not.toBeVisible();
  expect(await smsShown()).toEqual(shownBefore);
});
