// The walkthrough's steps in any parent language (issue 14): the same steps as
// activation-steps.ts, driven by the labels of the chosen language's catalogue
// (renderer/src/i18n/<language>.ts) instead of the French ones, plus the language choice itself,
// the page's lang / dir, and the check that every character on screen is drawn by a font the app
// ships (no empty boxes).
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { LANGUAGE_NAMES, type ParentLanguage } from '../../../shared/parent-languages';
import type { ParentMessages } from '../../../renderer/src/i18n/parent-catalogue';
import { ALL_CATALOGUES } from '../../../renderer/src/i18n/all-catalogues';
import { AFTER_PASSWORD_HASHING, type ChildAnswer, type Identity } from './activation-steps';

export const CATALOGUE: Record<ParentLanguage, ParentMessages> = ALL_CATALOGUES;

export const headingIn = (page: Page, name: string): Locator =>
  page.getByRole('heading', { name, exact: true });
export const buttonIn = (page: Page, name: string): Locator =>
  page.getByRole('button', { name, exact: true });

/** The language choice's button (it shows the current language's own name). */
export const languageToggle = (page: Page): Locator =>
  page.locator('[data-language-choice] > button').first();

/** Opens the language list and picks a language by its own name ("العربية", "Português"). */
export async function chooseLanguage(page: Page, language: ParentLanguage): Promise<void> {
  await languageToggle(page).click();
  await page
    .locator('#language-list')
    .getByRole('button', { name: LANGUAGE_NAMES[language], exact: true })
    .click();
  await expectPageLanguage(page, language);
}

/** <html lang> and <html dir> follow the visit's language. */
export async function expectPageLanguage(page: Page, language: ParentLanguage): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
  await expect(languageToggle(page)).toContainText(LANGUAGE_NAMES[language]);
}

/** Login → "Je n'ai pas encore d'identifiant" → "Créer mon compte" → identity form. */
export async function startActivationIn(page: Page, m: ParentMessages): Promise<void> {
  await buttonIn(page, m.login.noIdentifier).click();
  await buttonIn(page, m.choice.create).click();
  await expect(headingIn(page, m.identity.title)).toBeVisible();
}

export async function fillIdentityIn(
  page: Page,
  m: ParentMessages,
  identity: Identity,
): Promise<void> {
  await page.getByLabel(m.identity.lastName, { exact: true }).fill(identity.lastName);
  await page.getByLabel(m.identity.firstName, { exact: true }).fill(identity.firstName);
  await page.getByLabel(m.identity.mobile, { exact: true }).fill(identity.mobile);
}

/** Identity form → confirmation → "Valider" → the code screen. */
export async function requestCodeIn(
  page: Page,
  m: ParentMessages,
  identity: Identity,
): Promise<void> {
  await fillIdentityIn(page, m, identity);
  await buttonIn(page, m.identity.submit).click();
  await expect(headingIn(page, m.confirmSend.title)).toBeVisible();
  await buttonIn(page, m.confirmSend.submit).click();
  await expect(headingIn(page, m.code.title)).toBeVisible();
}

/** Demo mode: the newest code on the on-screen phone (named in the page's language). */
export async function readDemoCodeIn(
  page: Page,
  m: ParentMessages,
  alreadySeen: readonly string[] = [],
): Promise<string> {
  const phone = page.getByRole('complementary', { name: m.demo.phoneTitle, exact: true });
  let code: string | undefined;
  await expect
    .poll(async () => {
      const texts = await phone.getByRole('listitem').allInnerTexts();
      const codes = texts.flatMap((text) => [...text.matchAll(/\b(\d{6})\b/g)].map((c) => c[1]!));
      code = codes.find((c) => !alreadySeen.includes(c));
      return code;
    })
    .toMatch(/^\d{6}$/);
  return code!;
}

export async function enterCodeIn(page: Page, m: ParentMessages, code: string): Promise<void> {
  await page.getByLabel(m.code.label, { exact: true }).fill(code);
  await buttonIn(page, m.code.submit).click();
  await expect(headingIn(page, m.children.title)).toBeVisible();
}

export async function answerChildIn(
  page: Page,
  m: ParentMessages,
  answer: ChildAnswer,
): Promise<void> {
  const card = page.getByRole('listitem', { name: answer.firstName, exact: true });
  await card.getByRole('button', { name: m.children.yes, exact: true }).click();
  await card.getByLabel(m.children.birthDate, { exact: true }).fill(answer.birthDate);
  await card.getByRole('button', { name: m.children.confirmDate, exact: true }).click();
  await expect(card.getByText(m.children.status.confirmed)).toBeVisible();
}

/** The identifier shown (always in Latin letters, left to right). */
export async function readIdentifierIn(page: Page): Promise<string> {
  const value = page.getByTestId('identifier');
  await expect(value).toHaveAttribute('dir', 'ltr');
  return (await value.innerText()).trim();
}

export async function choosePasswordIn(
  page: Page,
  m: ParentMessages,
  password: string,
): Promise<void> {
  await page.getByLabel(m.passwordStep.password, { exact: true }).fill(password);
  await page.getByLabel(m.passwordStep.confirmation, { exact: true }).fill(password);
  await buttonIn(page, m.passwordStep.submit).click();
  await expect(headingIn(page, m.done.title)).toBeVisible(AFTER_PASSWORD_HASHING);
}

export async function loginIn(
  page: Page,
  m: ParentMessages,
  credentials: { identifier: string; password: string },
): Promise<void> {
  await page.getByLabel(m.login.identifier, { exact: true }).fill(credentials.identifier);
  await page.getByLabel(m.login.password, { exact: true }).fill(credentials.password);
  await buttonIn(page, m.login.submit).click();
}

/**
 * No empty boxes: every letter, digit and punctuation mark on screen is covered by a font face
 * the app ships (Noto Sans, Noto Sans Arabic, Noto Sans SC, Noto Sans Mono) that the page has
 * loaded. A script whose font were missing or blocked (CSP) would leave its characters uncovered.
 */
export async function expectBundledGlyphs(page: Page, what: string): Promise<void> {
  const uncovered = await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await document.fonts.ready;
    const ranges = [...document.fonts]
      .filter(
        (face) =>
          face.status === 'loaded' && face.family.replace(/["']/g, '').startsWith('Noto Sans'),
      )
      .flatMap((face) =>
        face.unicodeRange.split(',').map((part) => {
          const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
        }),
      );
    const missing = new Set<string>();
    for (const char of document.body.innerText) {
      if (!/[\p{L}\p{N}\p{P}]/u.test(char)) continue;
      const point = char.codePointAt(0)!;
      if (!ranges.some(([from, to]) => point >= from && point <= to)) missing.add(char);
    }
    return [...missing];
  });
  expect(uncovered, `characters without a bundled font on ${what}`).toEqual([]);
}

/** A screenshot of the screen in this language, attached to the test's report. */
export async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
