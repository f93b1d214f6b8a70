// After the seed's mismatch message (S-ENUM-1), a keyboard or screen-reader user must land
// where the problem is: on the message itself or on the first field to check ("Nom"), not on
// the page heading. Demo mode, M. Patrick DUPONT with a number the school does not have.
import { test, expect } from './support/kiosk-test';
import {
  FR,
  fillIdentity,
  openKiosk,
  startActivation,
  submitIdentity,
  heading,
} from './support/activation-steps';

test('after the mismatch message, the focus is on the message or on "Nom"', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  await startActivation(page);
  await fillIdentity(page, { lastName: 'Dupont', firstName: 'Patrick', mobile: '06 12 34 56 99' });
  await submitIdentity(page);
  await expect(heading(page, FR.confirmSend.title)).toBeVisible();
  await page.getByRole('button', { name: FR.confirmSend.submit, exact: true }).click();

  const message = page.getByRole('alert').filter({ hasText: FR.mismatch });
  await expect(message).toBeVisible();
  await expect(heading(page, FR.identity.title)).toBeVisible();
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      if (el.matches('[role="alert"]')) return 'message';
      if (el.tagName === 'H1') return 'heading';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
      return label?.textContent?.trim() ?? el.tagName;
    });
  await expect.poll(focused).toMatch(/^(message|Nom)$/);
});
