// The seed's information links around the login form ("Assistance", "Mentions légales") and
// the two other cases of the creation screen ("Mon portable n'est pas enregistré", "Je suis
// un(e) élève"): each opens a short page that says plainly what this kiosk can and cannot do,
// and both of its "Retour" buttons lead back. ("Identifiant perdu" and "Mot de passe perdu"
// open the recovery flows: recovery.spec.ts.)
import type { Page } from '@playwright/test';
import { test, expect } from './support/kiosk-test';
import {
  FR,
  expectNoAxeViolations,
  loginHeading,
  openKiosk,
  heading,
  button,
} from './support/activation-steps';

/** The page's "Retour" buttons: the one at the top, and the big one at the bottom. */
const backButtons = (page: Page) => page.getByRole('button', { name: FR.common.back, exact: true });

const LOGIN_LINKS = [
  { link: FR.login.assistance, page: FR.info.assistance },
  { link: FR.login.legal, page: FR.info.legal },
] as const;

const choiceHeading = (page: Page) => heading(page, FR.choice.title);
const choiceButton = (page: Page, title: string) =>
  // A choice is named by its title followed by its sentence.
  page.getByRole('button', { name: title, exact: false });

const CHOICE_PAGES = [
  { choice: FR.choice.phoneNotRegistered, page: FR.info.phoneNotRegistered },
  { choice: FR.choice.student, page: FR.info.student },
] as const;

test('the login screen\'s information links open their page, and "Retour" leads back', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);

  for (const { link, page: info } of LOGIN_LINKS) {
    for (const which of ['top', 'bottom'] as const) {
      await button(page, link).click();
      await expect(heading(page, info.title)).toBeVisible();
      await expect(page.getByText(info.text)).toBeVisible();
      await expect(loginHeading(page)).toHaveCount(0);
      await expect(backButtons(page)).toHaveCount(2);
      await (which === 'top' ? backButtons(page).first() : backButtons(page).last()).click();
      await expect(loginHeading(page), `${link}: "Retour" (${which})`).toBeVisible();
    }
  }
});

test("the creation screen shows the seed's sentences; its two other cases open their page and come back", async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  await button(page, FR.login.noIdentifier).click();
  await expect(choiceHeading(page)).toBeVisible();
  await expect(page.getByText(FR.choice.guardian, { exact: true })).toBeVisible();
  await expect(page.getByText(FR.choice.phoneNotRegisteredText, { exact: true })).toBeVisible();
  await expect(page.getByText(FR.choice.studentText, { exact: true })).toBeVisible();

  for (const { choice, page: info } of CHOICE_PAGES) {
    for (const which of ['top', 'bottom'] as const) {
      await choiceButton(page, choice).click();
      await expect(heading(page, info.title)).toBeVisible();
      await expect(page.getByText(info.text)).toBeVisible();
      await expect(choiceHeading(page)).toHaveCount(0);
      await (which === 'top' ? backButtons(page).first() : backButtons(page).last()).click();
      await expect(choiceHeading(page), `${choice}: "Retour" (${which})`).toBeVisible();
    }
  }

  // The creation screen's own "Retour" leads to the login screen.
  await backButtons(page).click();
  await expect(loginHeading(page)).toBeVisible();
});

test('S-A11Y-4: no axe violation on the information pages', async ({ page, startDemoKiosk }) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  for (const { link, page: info } of LOGIN_LINKS) {
    await button(page, link).click();
    await expect(heading(page, info.title)).toBeVisible();
    await expectNoAxeViolations(page, info.title);
    await backButtons(page).last().click();
    await expect(loginHeading(page)).toBeVisible();
  }
  await button(page, FR.login.noIdentifier).click();
  for (const { choice, page: info } of CHOICE_PAGES) {
    await choiceButton(page, choice).click();
    await expect(heading(page, info.title)).toBeVisible();
    await expectNoAxeViolations(page, info.title);
    await backButtons(page).last().click();
    await expect(choiceHeading(page)).toBeVisible();
  }
});
