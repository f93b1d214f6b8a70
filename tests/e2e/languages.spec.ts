// Issue 14: a parent may follow the kiosk in their own language. Every parent screen is checked
// with axe in every language (one page session: the language is switched on each screen), every
// character on screen is drawn by a font the app ships, Arabic is laid out right to left with
// its values left to right, and every end of a visit (Abandonner, the idle reset, logout) brings
// the next parent back to French. Demo mode: the codes arrive on the on-screen phone.
import type { Page, TestInfo } from '@playwright/test';
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
