// Issue 14 (layout): what a parent sees of a screen without scrolling. At 1920×1080 the screen's
// primary button is on screen at once (the page does not scroll at all), and stays above the
// on-screen keyboard with the field typed into; at 1080×1920 the screen reaches into the lower
// 40 % instead of leaving it empty; the demo phone never cuts a message (ux.md 3, 4 and 10).
import { expect, type Locator, type Page } from '@playwright/test';
import { button, demoPhone, FR } from './activation-steps';
import { onScreenKeyboard } from './on-screen-keys';

export const LANDSCAPE = { width: 1920, height: 1080 };
export const PORTRAIT = { width: 1080, height: 1920 };

/** Bottom of the sticky demo banner (0 without it): content under it is hidden. */
const stickyTop = (page: Page): Promise<number> =>
  page.evaluate(
    () => document.querySelector('[data-sticky-top]')?.getBoundingClientRect().bottom ?? 0,
  );

/** `locator` is wholly in the band between the sticky banner and `bottom`. */
async function expectInBand(page: Page, locator: Locator, bottom: number, what: string) {
  const top = await stickyTop(page);
  const box = await locator.boundingBox();
  expect(box, `${what}: shown`).not.toBeNull();
  expect(box!.y, `${what}: top under the banner`).toBeGreaterThanOrEqual(top);
  expect(box!.y + box!.height, `${what}: bottom on screen`).toBeLessThanOrEqual(bottom);
}

/**
 * At arrival on a screen (keyboard closed): the page has nothing to scroll, and `primary` is
 * wholly on screen. The heights are in the message, to tell by how much a screen overflows.
 */
export async function expectPrimaryWithoutScrolling(
  page: Page,
  primary: Locator,
  screen: string,
): Promise<void> {
  await expect(onScreenKeyboard(page)).toBeHidden();
  const { scrollHeight, innerHeight } = await page.evaluate(() => ({
    scrollHeight: document.scrollingElement!.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  expect(scrollHeight, `${screen}: page height ≤ viewport height`).toBeLessThanOrEqual(innerHeight);
  await expectInBand(page, primary, innerHeight, `${screen}: primary button`);
}

/**
 * Taps `field`: the keyboard opens and, once the screen has made room, the field and `primary`
 * are both between the banner and the keyboard, with no scrolling by the parent. Then
 * "Fermer le clavier".
 */
export async function expectFieldAndPrimaryAboveKeyboard(
  page: Page,
  field: Locator,
  primary: Locator,
  screen: string,
): Promise<void> {
  await field.tap();
  const keyboard = onScreenKeyboard(page);
  await expect(keyboard).toBeVisible();
  await expect(async () => {
    const keyboardTop = (await keyboard.boundingBox())!.y;
    await expectInBand(page, field, keyboardTop, `${screen}, keyboard open: the field`);
    await expectInBand(page, primary, keyboardTop, `${screen}, keyboard open: primary button`);
  }).toPass({ timeout: 5_000 });
  await button(page, FR.keyboard.close).click();
  await expect(keyboard).toBeHidden();
}

/**
 * The same screen on a portrait kiosk: its content goes down into the lower 40 % of the
 * screen. Back to landscape afterwards.
 */
export async function expectPortraitUsesScreen(page: Page, screen: string): Promise<void> {
  await page.setViewportSize(PORTRAIT);
  await expect(async () => {
    // What the screen says and offers (not its card's background): the lowest text or control.
    const contentBottom = await page.evaluate(() =>
      Math.max(
        ...[...document.querySelectorAll('main [data-screen] :is(h1, h2, p, li, input, button)')]
          .map((element) => element.getBoundingClientRect())
          .filter((box) => box.height > 0)
          .map((box) => box.bottom + window.scrollY),
      ),
    );
    expect(contentBottom, `${screen} at 1080×1920: content reaches the lower 40 %`).toBeGreaterThan(
      PORTRAIT.height * 0.6,
    );
  }).toPass({ timeout: 2_000 });
  await expectDemoMessagesWhole(page, `${screen} at 1080×1920`);
  await page.setViewportSize(LANDSCAPE);
}

/**
 * The demo phone: no message line is clipped sideways; a message cut by the panel's bottom
 * only once the panel has grown as far as the screen allows (40 % of its height) and scrolls.
 */
export async function expectDemoMessagesWhole(page: Page, screen: string): Promise<void> {
  const phone = demoPhone(page);
  const messages = phone.getByRole('listitem');
  if ((await messages.count()) === 0) return;
  const found = await phone.evaluate((aside) => {
    const panel = aside.querySelector<HTMLElement>('ol')!.parentElement!;
    const panelBox = panel.getBoundingClientRect();
    const items = [...aside.querySelectorAll('li')];
    return {
      clippedLines: [...aside.querySelectorAll<HTMLElement>('li p')]
        .filter(
          (line) =>
            line.scrollWidth > line.clientWidth ||
            line.getBoundingClientRect().right > panelBox.right + 0.5,
        )
        .map((line) => line.textContent),
      cut: items.filter((item) => item.getBoundingClientRect().bottom > panelBox.bottom + 0.5)
        .length,
      scrolls:
        panel.scrollHeight > panel.clientHeight &&
        ['auto', 'scroll'].includes(getComputedStyle(panel).overflowY),
      panelHeight: panelBox.height,
      panelBottom: panelBox.bottom,
      innerHeight: window.innerHeight,
    };
  });
  expect(found.clippedLines, `${screen}: demo phone lines cut sideways`).toEqual([]);
  expect(found.panelBottom, `${screen}: demo phone panel on screen`).toBeLessThanOrEqual(
    found.innerHeight,
  );
  if (found.cut > 0) {
    expect(found.scrolls, `${screen}: a cut message can be scrolled to`).toBe(true);
    expect(
      found.panelHeight,
      `${screen}: the demo phone grows before it cuts a message`,
    ).toBeGreaterThanOrEqual(found.innerHeight * 0.4);
  }
}
