// The walkthrough's screens as the seed words them: "Étape N sur 5" on every step of the
// activation (and none once it is over), the mobile field's rule, the code's validity said once,
// the children screen's two sentences, "Et à la prochaine connexion ?" on the done screen; and
// "Retour" on the identity, confirmation and code screens never loses what was typed.
// Demo mode (families in main/demo/demo-roster.ts).
import type { Page } from '@playwright/test';
import { test, expect } from './support/kiosk-test';
import {
  FR,
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  answerChild,
  childCard,
  choosePassword,
  fillIdentity,
  openKiosk,
  readDemoCode,
  requestCode,
  startActivation,
  submitIdentity,
  typeCode,
  enterCode,
  type Identity,
  heading,
  button,
} from './support/activation-steps';

const ZOE: Identity = { lastName: "D'Arcy", firstName: 'Zoé', mobile: '07 81 23 45 06' };
/** Every "Étape … sur 5" on screen. */
const stepTexts = (page: Page) => page.getByText(/Étape \d sur 5/);

async function expectStep(page: Page, n: number, title: string) {
  await expect(heading(page, title)).toBeVisible();
  await expect(stepTexts(page), title).toHaveCount(1);
  await expect(stepTexts(page), title).toHaveText(new RegExp(`^${FR.stepOf(n)} — `));
}

test('each step says "Étape N sur 5" and the seed\'s sentences, up to "Et à la prochaine connexion ?"', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  await expect(stepTexts(page)).toHaveCount(0);
  await startActivation(page);

  await expectStep(page, 1, FR.identity.title);
  // The seed's rule is the mobile field's hint, with the example after it.
  const mobile = page.getByLabel(FR.identity.mobile, { exact: true });
  await expect(mobile).toHaveAccessibleDescription(
    new RegExp(`^${FR.identity.mobileRule} Par exemple : 06 12 34 56 78\\.`),
  );
  await fillIdentity(page, ZOE);
  await submitIdentity(page);
  await expectStep(page, 1, FR.confirmSend.title);
  await button(page, FR.confirmSend.submit).click();

  await expectStep(page, 2, FR.code.title);
  // Said once, plainly: the seed's sentence with the kiosk's 30 minutes, and no countdown.
  await expect(page.getByText(FR.code.validity, { exact: true })).toBeVisible();
  await expect(page.getByText('Ce code est valable')).toHaveCount(1);
  await expect(page.getByRole('main')).not.toContainText(/secondes?\b|restantes?\b/);
  const code = await readDemoCode(page);
  await typeCode(page, code);

  await expectStep(page, 3, FR.children.title);
  await expect(page.getByText(FR.children.intro, { exact: true })).toBeVisible();
  await expect(page.getByText(FR.children.reportHint, { exact: true })).toBeVisible();
  await expect(childCard(page, 'Chloé').getByText(FR.children.question)).toBeVisible();
  await answerChild(page, { firstName: 'Chloé', birthDate: '18/06/2013' });
  await button(page, FR.children.continue).click();

  await expectStep(page, 4, FR.identifier.title);
  await acknowledgeIdentifier(page);
  await expectStep(page, 5, FR.password.title);
  await choosePassword(page, GOOD_PASSWORD);

  // The account is created: no step any more, the seed's last section, the two buttons kept.
  await expect(stepTexts(page)).toHaveCount(0);
  const nextTime = heading(page, FR.done.nextTimeTitle);
  await expect(nextTime).toBeVisible();
  await expect(page.getByText(FR.done.nextTimeText, { exact: true })).toBeVisible();
  await expect(button(page, FR.done.finish)).toBeVisible();
  await expect(button(page, FR.done.login)).toBeVisible();
  // Read in order: the heading, then its sentence, then the buttons.
  const order = await page.evaluate(
    ([title, text, finish]) => {
      const all = [...document.querySelectorAll('[data-screen] *')];
      const at = (match: (el: Element) => boolean) => all.findIndex(match);
      return [
        at((el) => el.tagName === 'H2' && el.textContent?.trim() === title),
        at((el) => el.tagName === 'P' && el.textContent?.trim() === text),
        at((el) => el.tagName === 'BUTTON' && el.textContent?.trim() === finish),
      ];
    },
    [FR.done.nextTimeTitle, FR.done.nextTimeText, FR.done.finish],
  );
  expect(order.every((index) => index >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});

test('"Retour" on the identity, confirmation and code screens keeps what was typed', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  await startActivation(page);
  const lastName = page.getByLabel(FR.identity.lastName, { exact: true });
  const firstName = page.getByLabel(FR.identity.firstName, { exact: true });
  const mobile = page.getByLabel(FR.identity.mobile, { exact: true });
  const expectTyped = async (when: string) => {
    await expect(heading(page, FR.identity.title)).toBeVisible();
    await expect(lastName, when).toHaveValue(ZOE.lastName);
    await expect(firstName, when).toHaveValue(ZOE.firstName);
    await expect(mobile, when).toHaveValue(ZOE.mobile);
  };

  // From the identity form back to the creation screen, then "Créer mon compte" again.
  await fillIdentity(page, ZOE);
  await button(page, FR.common.back).click();
  await expect(heading(page, FR.choice.title)).toBeVisible();
  await button(page, FR.choice.create).click();
  await expectTyped('after "Retour" from the identity form');

  // From the confirmation screen back to the identity form.
  await submitIdentity(page);
  await expect(heading(page, FR.confirmSend.title)).toBeVisible();
  await expect(page.getByText('Un code va être envoyé au 07 •• •• •• 06')).toBeVisible();
  await button(page, FR.common.back).click();
  await expectTyped('after "Retour" from the confirmation screen');

  // Nothing was sent on the way: the confirmation still leads to the first SMS.
  await submitIdentity(page);
  await button(page, FR.confirmSend.submit).click();
  await expect(heading(page, FR.code.title)).toBeVisible();
  await readDemoCode(page);

  // From the code screen, "Retour" leads to the identity form, still filled in.
  await button(page, FR.common.back).click();
  await expectTyped('after "Retour" from the code screen');
});

test('one primary button per screen: "Se connecter" on login, "Continuer" on the children', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);

  /**
   * The visible buttons filled like `reference` (same background colour), leaving out the
   * "Oui"/"Non" toggles, whose pressed state is a fill too.
   */
  const filledLike = (reference: string) =>
    page.evaluate((name) => {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-screen] button')];
      const visible = buttons.filter((b) => b.getClientRects().length > 0);
      const ref = visible.find((b) => b.textContent?.trim() === name);
      if (!ref) return null;
      const fill = getComputedStyle(ref).backgroundColor;
      return visible
        .filter((b) => !b.hasAttribute('aria-pressed'))
        .filter((b) => getComputedStyle(b).backgroundColor === fill)
        .map((b) => b.textContent?.trim());
    }, reference);

  expect(await filledLike(FR.login.submit)).toEqual([FR.login.submit]);
  // "Je n'ai pas encore d'identifiant" stays a big, clearly outlined target.
  const noIdentifier = button(page, FR.login.noIdentifier);
  const box = (await noIdentifier.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(56);
  expect(box.width).toBeGreaterThanOrEqual(44);
  const border = await noIdentifier.evaluate((b) => getComputedStyle(b).borderTopWidth);
  expect(parseFloat(border)).toBeGreaterThanOrEqual(2);

  await startActivation(page);
  await requestCode(page, { lastName: 'Haddad', firstName: 'Nadia', mobile: '06 12 34 56 04' });
  await enterCode(page, await readDemoCode(page));
  for (const child of ['Yasmine', 'Rayan']) {
    await childCard(page, child).getByRole('button', { name: FR.children.yes }).click();
  }
  const confirmDate = page.getByRole('button', { name: FR.children.confirmDate, exact: true });
  await expect(confirmDate).toHaveCount(2);
  expect(await filledLike(FR.children.continue)).toEqual([FR.children.continue]);
  for (const target of await confirmDate.all()) {
    const size = (await target.boundingBox())!;
    expect(size.height).toBeGreaterThanOrEqual(44);
    expect(size.width).toBeGreaterThanOrEqual(44);
  }
});
