// Issue 14: the SMS a parent receives during a visit is in the visit's language. In demo mode
// the on-screen phone shows the SMS the kiosk sent: after choosing Portuguese, the code SMS is
// in Portuguese; once the visit is abandoned, the next parent's code SMS is in French again.
import { test, expect } from './support/kiosk-test';
import { demoPhone, openKiosk, requestCode, startActivation } from './support/activation-steps';
import {
  CATALOGUE,
  buttonIn,
  chooseLanguage,
  expectPageLanguage,
  requestCodeIn,
  startActivationIn,
} from './support/language-steps';

test("the demo phone receives the code SMS in the visit's language, and in French after the visit", async ({
  page,
  startDemoKiosk,
}) => {
  const m = CATALOGUE.pt;
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);

  await chooseLanguage(page, 'pt');
  await startActivationIn(page, m);
  await requestCodeIn(page, m, {
    lastName: 'Dupont',
    firstName: 'Patrick',
    mobile: '06 12 34 56 02',
  });
  const phoneInPortuguese = page.getByRole('complementary', {
    name: m.demo.phoneTitle,
    exact: true,
  });
  await expect(phoneInPortuguese.getByRole('listitem').first()).toContainText(
    /: o seu código de ativação é \d{6}, válido durante \d+ minutos\. Não o divulgue a ninguém\./,
  );

  // "Cancelar" ends the visit: the next parent's SMS are French.
  await buttonIn(page, m.common.abandon).click();
  await buttonIn(page, m.abandon.confirm).click();
  await expectPageLanguage(page, 'fr');
  await startActivation(page);
  await requestCode(page, { lastName: 'Petit', firstName: 'Claire', mobile: '06 12 34 56 08' });
  const phone = demoPhone(page);
  await expect(phone.getByRole('listitem').first()).toContainText(
    /: votre code d'activation est \d{6}\. Il est valable \d+ minutes\. Ne le communiquez à personne\./,
  );
  await expect(phone.getByRole('listitem')).toHaveCount(1);
});
