// Privacy at a shared screen: the phone number is shown masked (S-KIOSK-3), and the SMS code is
// never written on the kiosk's screen (S-OTP-4/S-PWD-4) — except, in demo mode, on the on-screen
// demo phone, which plays the parent's own phone.
import type { Locator, Page } from '@playwright/test';
import { test, expect, rightBirthDate } from './support/kiosk-test';
import { CAMILLE, HUGO, PATRICK } from './support/roster-fixture';
import {
  FR,
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  choosePassword,
  confirmChildren,
  demoPhone,
  fillIdentity,
  openKiosk,
  readDemoCode,
  requestCode,
  startActivation,
  typeCode,
} from './support/activation-steps';

/**
 * Everything the page could show or expose, outside `excluded`: text nodes, form values and
 * attribute values (aria-label, title, placeholder…).
 */
async function pageTextOutside(page: Page, excluded?: Locator): Promise<string> {
  const handle = excluded ? await excluded.elementHandle() : null;
  // Internal references (random ids) are never shown; any other attribute could be.
  const internalReferences = ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls'];
  return page.evaluate(
    ({ skip, internal }) => {
      const parts: string[] = [];
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (skip && skip.contains(node)) continue;
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        if (node instanceof Element) {
          for (const attribute of Array.from(node.attributes)) {
            if (!internal.includes(attribute.name)) parts.push(attribute.value);
          }
          if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) {
            parts.push(node.value);
          }
        }
      }
      return parts.join('\n');
    },
    { skip: handle, internal: internalReferences },
  );
}

test('S-KIOSK-3: the phone is shown masked; the SMS code never appears on the kiosk screen', async ({
  page,
  startKiosk,
}) => {
  const realKiosk = await startKiosk();
  const { gateway } = realKiosk;
  await openKiosk(page, realKiosk.url);
  await startActivation(page);
  await fillIdentity(page, { lastName: 'Dupont', firstName: 'Patrick', mobile: PATRICK.mobile });
  await page.getByRole('button', { name: FR.identity.submit, exact: true }).click();

  await expect(page.getByRole('heading', { name: FR.confirmSend.title })).toBeVisible();
  await expect(page.getByText('Un code va être envoyé au 06 •• •• •• 78')).toBeVisible();
  const confirmText = await pageTextOutside(page);
  for (const unmasked of ['06 12 34 56 78', '0612345678', '+33612345678', '34 56']) {
    expect(confirmText).not.toContain(unmasked);
  }

  await page.getByRole('button', { name: FR.confirmSend.submit, exact: true }).click();
  await expect(page.getByRole('heading', { name: FR.code.title })).toBeVisible();
  await expect(page.getByText('06 •• •• •• 78')).toBeVisible();
  const code = gateway.lastCodeFor(PATRICK.mobileE164)!;
  expect(code).toMatch(/^\d{6}$/);
  expect(await pageTextOutside(page)).not.toContain(code);
  expect(await pageTextOutside(page)).not.toContain('12 34 56');

  // While typed, the code is in its field (the helper sees form values); once sent, gone.
  await page.getByLabel(FR.code.label, { exact: true }).fill(code);
  expect(await pageTextOutside(page)).toContain(code);
  await page.getByRole('button', { name: FR.code.submit, exact: true }).click();
  await expect(page.getByRole('heading', { name: FR.children.title })).toBeVisible();
  expect(await pageTextOutside(page)).not.toContain(code);

  await confirmChildren(page, [rightBirthDate(CAMILLE), rightBirthDate(HUGO)]);
  expect(await pageTextOutside(page)).not.toContain(code);
  await acknowledgeIdentifier(page);
  expect(await pageTextOutside(page)).not.toContain(code);
  await choosePassword(page, GOOD_PASSWORD);
  const doneText = await pageTextOutside(page);
  expect(doneText).not.toContain(code);
  // Nor the password, once "Terminer" was pressed (S-PWD-4).
  expect(doneText).not.toContain(GOOD_PASSWORD);
  // Not in the URL or the title either.
  expect(page.url()).not.toContain(code);
  expect(await page.title()).not.toContain(code);
});

test('demo mode: the code is shown on the demo phone only, never on the kiosk screen', async ({
  page,
  startDemoKiosk,
}) => {
  const demoKiosk = await startDemoKiosk();
  await openKiosk(page, demoKiosk.url);
  await startActivation(page);
  await requestCode(page, { lastName: 'Dupont', firstName: 'Patrick', mobile: '06 12 34 56 02' });
  const code = await readDemoCode(page);

  const phone = demoPhone(page);
  await expect(phone.getByText(code)).toBeVisible();
  // The demo phone shows the recipient masked too.
  await expect(phone.getByText('06 •• •• •• 02')).toBeVisible();
  expect(await pageTextOutside(page)).toContain(code); // the helper does see the phone's text
  expect(await pageTextOutside(page, phone)).not.toContain(code);

  await typeCode(page, code);
  await expect(page.getByRole('heading', { name: FR.children.title })).toBeVisible();
  expect(await pageTextOutside(page, phone)).not.toContain(code);
});
