// Typing the way a parent with no physical keyboard does: tap the field, then tap the keys of
// the kiosk's on-screen keyboard one by one (AZERTY layers for text, digit pads for numbers).
import { expect, type Locator, type Page } from '@playwright/test';
import { FR } from './activation-steps';

export const onScreenKeyboard = (page: Page): Locator =>
  page.getByRole('region', { name: FR.keyboard.region });

export const onScreenKey = (page: Page, value: string): Locator =>
  onScreenKeyboard(page).locator(`[data-skbtn="${value}"]`).first();

/** Taps `text` key by key on the open on-screen keyboard, switching layers as a parent would. */
export async function tapKeys(page: Page, text: string): Promise<void> {
  const key = (value: string) => onScreenKey(page, value);
  const textLayout = (await key('a').count()) > 0 || (await key('A').count()) > 0;
  for (const char of text) {
    if (char === ' ') {
      await key('{space}').tap();
    } else if (textLayout && /\d/.test(char)) {
      await key('{numbers}').tap();
      await key(char).tap();
      await key('{abc}').tap();
    } else if (char !== char.toLowerCase()) {
      await key('{shift}').tap(); // one-shot, as on a phone
      await key(char).tap();
    } else {
      await key(char).tap();
    }
  }
}

/** Taps the field (the keyboard opens for it), then types `text` on the keys. */
export async function tapInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.tap();
  await expect(onScreenKeyboard(page)).toBeVisible();
  await tapKeys(page, text);
}

/** ux.md 4: `locator` is on screen and entirely above the docked on-screen keyboard. */
export async function expectAboveKeyboard(page: Page, locator: Locator, what: string) {
  const keyboardTop = (await onScreenKeyboard(page).boundingBox())!.y;
  const box = (await locator.boundingBox())!;
  expect(box.y, `${what}: top on screen`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: above the keyboard`).toBeLessThanOrEqual(keyboardTop);
}
