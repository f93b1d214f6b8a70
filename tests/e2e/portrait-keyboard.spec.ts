// A portrait kiosk (1080×1920, touch): on the identity form, the on-screen keyboard opened for a
// field never hides that field nor « Recevoir mon code SMS » (ux.md 4). Demo mode, so the demo
// phone sits above the form too.
import { test, expect } from './support/kiosk-test';
import { FR, openKiosk, startActivation } from './support/activation-steps';
import { expectAboveKeyboard, onScreenKeyboard, tapKeys } from './support/on-screen-keys';

test.use({ hasTouch: true, viewport: { width: 1080, height: 1920 } });

test('portrait: the focused field and « Recevoir mon code SMS » stay above the keyboard', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  await startActivation(page);
  const submit = page.getByRole('button', { name: FR.identity.submit, exact: true });

  for (const [label, text] of [
    [FR.identity.lastName, 'Dupont'],
    [FR.identity.firstName, 'Patrick'],
    [FR.identity.mobile, '0612345602'],
  ] as const) {
    const field = page.getByLabel(label, { exact: true });
    await field.tap();
    await expect(onScreenKeyboard(page)).toBeVisible();
    await expect(field).toBeFocused();
    // Both visible once the screen has made room (it scrolls when the keyboard opens).
    await expect(async () => {
      await expectAboveKeyboard(page, field, label);
      await expectAboveKeyboard(page, submit, `${label}: the primary button`);
    }).toPass({ timeout: 5_000 });
    await tapKeys(page, text);
    await expect(field).toHaveValue(label === FR.identity.mobile ? '0612345602' : text);
    await expectAboveKeyboard(page, field, `${label} after typing`);
    await expectAboveKeyboard(page, submit, `${label} after typing: the primary button`);
  }
});
