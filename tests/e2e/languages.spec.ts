// Issue 14: a parent may follow the kiosk in their own language. Every parent screen is checked
// with axe in every language (one page session: the language is switched on each screen), every
// character on screen is drawn by a font the app ships, Arabic is laid out right to left with
// its values left to right, and every end of a visit (Abandonner, the idle reset, logout) brings
// the next parent back to French. Demo mode: the codes arrive on the on-screen phone.
import type { Locator, Page, TestInfo } from '@playwright/test';
import { test, expect } from './support/kiosk-test';
import { PARENT_LANGUAGES, type ParentLanguage } from '../../shared/parent-languages';
import {
  FR,
  GOOD_PASSWORD,
  expectNoAxeViolations,
  loginHeading,
  openKiosk,
} from './support/activation-steps';
import {
  CATALOGUE,
  answerChildIn,
  attachScreenshot,
  buttonIn,
  chooseLanguage,
  choosePasswordIn,
  enterCodeIn,
  expectBundledGlyphs,
  expectPageLanguage,
  headingIn,
  loginIn,
  readDemoCodeIn,
  readIdentifierIn,
  requestCodeIn,
  startActivationIn,
  fillIdentityIn,
} from './support/language-steps';

/** `first` is drawn to the left of `last` in the element's text (a value kept left to right). */
async function expectDrawnLeftToRight(element: Locator, first: string, last: string) {
  const [left, right] = await element.evaluate(
    (node, parts) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      const text = walker.nextNode() as Text;
      return parts.map((part) => {
        const range = document.createRange();
        const at = text.data.indexOf(part);
        range.setStart(text, at);
        range.setEnd(text, at + part.length);
        return range.getBoundingClientRect().left;
      });
    },
    [first, last],
  );
  expect(left, `"${first}" drawn before "${last}"`).toBeLessThan(right!);
}

const NADIA = { lastName: 'Haddad', firstName: 'Nadia', mobile: '06 12 34 56 04' };
const NADIA_CHILDREN = [
  { firstName: 'Yasmine', birthDate: '10/01/2011' },
  { firstName: 'Rayan', birthDate: '30/07/2013' },
  { firstName: 'Inès', birthDate: '05/11/2014' },
];

/**
 * On the screen shown now: each language in turn, its lang / dir, axe and the fonts; a
 * screenshot per language when asked. Ends in `back`, the language the walk goes on in.
 */
async function sweepLanguages(
  page: Page,
  testInfo: TestInfo,
  screen: string,
  back: ParentLanguage,
  options: { screenshots?: boolean } = {},
): Promise<void> {
  for (const language of PARENT_LANGUAGES) {
    await chooseLanguage(page, language);
    await expectNoAxeViolations(page, `${screen} (${language})`);
    await expectBundledGlyphs(page, `${screen} (${language})`);
    if (options.screenshots) await attachScreenshot(page, testInfo, `${screen}-${language}`);
  }
  await chooseLanguage(page, back);
}

test('the whole activation in Arabic, right to left, with axe and the fonts checked in every language on every screen', async ({
  page,
  startDemoKiosk,
}, testInfo) => {
  test.slow();
  const m = CATALOGUE.ar;
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  await expectPageLanguage(page, 'fr');

  // The list of languages, each in its own name and script.
  await page.locator('[data-language-choice] > button').click();
  await expectNoAxeViolations(page, 'language list');
  await attachScreenshot(page, testInfo, 'language-list');
  await page.keyboard.press('Escape');

  await sweepLanguages(page, testInfo, 'login', 'ar', { screenshots: true });
  // Mirrored: the login card's column starts on the right.
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await buttonIn(page, m.login.noIdentifier).click();
  await expect(headingIn(page, m.choice.title)).toBeVisible();
  await sweepLanguages(page, testInfo, 'create-choice', 'ar');

  for (const [link, title, screen] of [
    [m.choice.phoneNotRegistered, m.info.phoneNotRegistered.title, 'phone-not-registered'],
    [m.choice.student, m.info.student.title, 'student'],
  ] as const) {
    await page.locator('.choice', { hasText: link }).click();
    await expect(headingIn(page, title)).toBeVisible();
    await sweepLanguages(page, testInfo, screen, 'ar');
    await buttonIn(page, m.common.back).first().click();
  }

  await buttonIn(page, m.choice.create).click();
  await expect(headingIn(page, m.identity.title)).toBeVisible();
  await sweepLanguages(page, testInfo, 'identity', 'ar');

  // Errors next to their fields, and the keyboard saying it stays Latin.
  await buttonIn(page, m.identity.submit).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await sweepLanguages(page, testInfo, 'identity-with-errors', 'ar');
  await page.getByLabel(m.identity.lastName, { exact: true }).click();
  await expect(page.locator('[data-keyboard-note]')).toHaveText(m.keyboard.latinLayout);
  await expect(page.locator('.keyboard__keys')).toHaveAttribute('dir', 'ltr');
  await sweepLanguages(page, testInfo, 'identity-with-keyboard', 'ar', { screenshots: true });

  await fillIdentityIn(page, m, NADIA);
  await buttonIn(page, m.identity.submit).click();
  await expect(headingIn(page, m.confirmSend.title)).toBeVisible();
  // The masked number keeps its order among the Arabic words.
  await expect(page.getByText(m.confirmSend.text.replace(' {phone}', ''))).toContainText(
    '\u206606 •• •• •• 04\u2069',
  );
  await expectDrawnLeftToRight(page.locator('.big-statement'), '06', '04');
  await sweepLanguages(page, testInfo, 'confirm-send', 'ar', { screenshots: true });

  await buttonIn(page, m.confirmSend.submit).click();
  await expect(headingIn(page, m.code.title)).toBeVisible();
  const code = await readDemoCodeIn(page, m);
  await sweepLanguages(page, testInfo, 'code', 'ar');

  // "Abandonner" from step 2 asks first: the confirmation dialog, in every language.
  await buttonIn(page, m.common.abandon).click();
  await expect(page.getByRole('alertdialog', { name: m.abandon.title })).toBeVisible();
  await expectNoAxeViolations(page, 'abandon confirmation (ar)');
  await expectBundledGlyphs(page, 'abandon confirmation (ar)');
  await page.getByRole('button', { name: m.abandon.cancel, exact: true }).click();

  await enterCodeIn(page, m, code);
  await sweepLanguages(page, testInfo, 'children', 'ar', { screenshots: true });
  for (const child of NADIA_CHILDREN) await answerChildIn(page, m, child);
  await buttonIn(page, m.children.continue).click();
  await expect(headingIn(page, m.identifier.title)).toBeVisible();
  const identifier = await readIdentifierIn(page);
  expect(identifier).toMatch(/^nadia\.haddad\d+$/);
  await sweepLanguages(page, testInfo, 'identifier', 'ar', { screenshots: true });

  await buttonIn(page, m.identifier.acknowledge).click();
  await expect(headingIn(page, m.passwordStep.title)).toBeVisible();
  await sweepLanguages(page, testInfo, 'password', 'ar');
  await choosePasswordIn(page, m, GOOD_PASSWORD);
  await sweepLanguages(page, testInfo, 'done', 'ar', { screenshots: true });

  // The same visit goes on to the login: still in Arabic; then the account screen.
  await buttonIn(page, m.done.login).click();
  await expect(headingIn(page, m.login.title)).toBeVisible();
  await expectPageLanguage(page, 'ar');
  await loginIn(page, m, { identifier, password: GOOD_PASSWORD });
  await expect(headingIn(page, m.account.title.replace('{name}', 'Nadia'))).toBeVisible({
    timeout: 30_000,
  });
  await sweepLanguages(page, testInfo, 'account', 'ar', { screenshots: true });

  // Logging out ends the visit: the next parent starts in French.
  await buttonIn(page, m.account.logout).click();
  await expect(loginHeading(page)).toBeVisible();
  await expectPageLanguage(page, 'fr');
});

test('the whole activation in Portuguese; "Terminei" and "Cancelar" bring the next parent back to French', async ({
  page,
  startDemoKiosk,
}, testInfo) => {
  test.slow();
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
  await enterCodeIn(page, m, await readDemoCodeIn(page, m));
  await answerChildIn(page, m, { firstName: 'Lucas', birthDate: '02/05/2012' });
  await buttonIn(page, m.children.continue).click();
  await expect(headingIn(page, m.identifier.title)).toBeVisible();
  expect(await readIdentifierIn(page)).toMatch(/^patrick\.dupont\d+$/);
  await attachScreenshot(page, testInfo, 'identifier-pt');
  await buttonIn(page, m.identifier.acknowledge).click();
  await expect(headingIn(page, m.passwordStep.title)).toBeVisible();
  await choosePasswordIn(page, m, GOOD_PASSWORD);
  await expectBundledGlyphs(page, 'done (pt)');
  await attachScreenshot(page, testInfo, 'done-pt');

  // "J'ai terminé" ends the visit.
  await buttonIn(page, m.done.finish).click();
  await expect(loginHeading(page)).toBeVisible();
  await expectPageLanguage(page, 'fr');

  // "Abandonner" at the first step ends the visit at once.
  await chooseLanguage(page, 'pt');
  await startActivationIn(page, m);
  await buttonIn(page, m.common.abandon).click();
  await expect(loginHeading(page)).toBeVisible();
  await expectPageLanguage(page, 'fr');
});

test('login and "Identifiant perdu" in English; the information and recovery pages in every language', async ({
  page,
  startDemoKiosk,
}, testInfo) => {
  test.slow();
  const m = CATALOGUE.en;
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);

  // An account to log in to, created in English.
  const claire = { lastName: 'Petit', firstName: 'Claire', mobile: '06 12 34 56 08' };
  await chooseLanguage(page, 'en');
  await startActivationIn(page, m);
  await requestCodeIn(page, m, claire);
  const firstCode = await readDemoCodeIn(page, m);
  await enterCodeIn(page, m, firstCode);
  await answerChildIn(page, m, { firstName: 'Jules', birthDate: '12/04/2014' });
  await buttonIn(page, m.children.continue).click();
  const identifier = await readIdentifierIn(page);
  await buttonIn(page, m.identifier.acknowledge).click();
  await choosePasswordIn(page, m, GOOD_PASSWORD);
  await buttonIn(page, m.done.finish).click();
  await expectPageLanguage(page, 'fr');

  // The information and recovery pages in every language (this also waits out the per-number
  // gap before the recovery's SMS below).
  for (const [link, title, screen] of [
    [FR.login.assistance, FR.info.assistance.title, 'assistance'],
    [FR.login.legal, FR.info.legal.title, 'legal'],
    [FR.login.lostIdentifier, CATALOGUE.fr.recovery.identifier.title, 'lost-identifier'],
    [FR.login.lostPassword, CATALOGUE.fr.recovery.password.title, 'lost-password'],
  ] as const) {
    await buttonIn(page, link).click();
    await expect(headingIn(page, title)).toBeVisible();
    await sweepLanguages(page, testInfo, screen, 'fr');
    await page
      .locator('.btn--back, .btn--quiet')
      .filter({ hasText: /^\W*(Retour|Abandonner)$/ })
      .first()
      .click();
    await expect(loginHeading(page)).toBeVisible();
  }

  // Login in English.
  await chooseLanguage(page, 'en');
  await expect(headingIn(page, m.login.title)).toBeVisible();
  await loginIn(page, m, { identifier, password: GOOD_PASSWORD });
  await expect(headingIn(page, 'Hello Claire')).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page, 'account (en)');
  await buttonIn(page, m.account.logout).click();
  await expect(loginHeading(page)).toBeVisible();
  await expectPageLanguage(page, 'fr');

  // "Identifiant perdu" in English: the code, then the identifier on screen.
  await chooseLanguage(page, 'en');
  await buttonIn(page, m.login.lostIdentifier).click();
  await expect(headingIn(page, m.recovery.identifier.title)).toBeVisible();
  await fillIdentityIn(page, m, claire);
  await buttonIn(page, m.recovery.submitIdentity).click();
  await expect(headingIn(page, m.recovery.confirmTitle)).toBeVisible();
  await expectNoAxeViolations(page, 'recovery confirmation (en)');
  // A second SMS to one number waits out the per-number gap (S-RATE-2): tapped until it leaves.
  await expect(async () => {
    if (!(await headingIn(page, m.code.title).isVisible())) {
      await buttonIn(page, m.confirmSend.submit).click({ timeout: 2_000 });
    }
    await expect(headingIn(page, m.code.title)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expectNoAxeViolations(page, 'recovery code (en)');
  const code = await readDemoCodeIn(page, m, [firstCode]);
  await page.getByLabel(m.code.label, { exact: true }).fill(code);
  await buttonIn(page, m.code.submit).click();
  await expect(headingIn(page, m.recovery.identifier.doneTitle)).toBeVisible();
  await expect(page.getByTestId('identifier')).toHaveText(identifier);
  await expectNoAxeViolations(page, 'recovered identifier (en)');
  await expectBundledGlyphs(page, 'recovered identifier (en)');
  await attachScreenshot(page, testInfo, 'recovered-identifier-en');
  await buttonIn(page, m.recovery.finish).click();
  await expect(loginHeading(page)).toBeVisible();
  await expectPageLanguage(page, 'fr');
});

test('the idle reset brings the next parent back to French (the warning in Arabic first)', async ({
  page,
  startDemoKiosk,
}) => {
  const m = CATALOGUE.ar;
  const kiosk = await startDemoKiosk({ KIOSK_IDLE_SECONDS: '2', KIOSK_IDLE_WARNING_SECONDS: '3' });
  await openKiosk(page, kiosk.url);
  await chooseLanguage(page, 'ar');
  await startActivationIn(page, m);
  await page.getByLabel(m.identity.lastName, { exact: true }).fill('Haddad');
  const warning = page.getByRole('alertdialog', { name: m.idle.title });
  await expect(warning).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(page, 'idle warning (ar)');
  await expectBundledGlyphs(page, 'idle warning (ar)');
  await expect(warning).toHaveCount(0, { timeout: 15_000 });
  await expect(loginHeading(page)).toBeVisible();
  await expectPageLanguage(page, 'fr');
});
