// S-KIOSK-1/2: one visitor's data never reaches the next visitor. What a parent typed on the
// on-screen keys arms the idle reset like any typing; an identity left in memory after "Retour"
// to the start screen is reset too; and an answer of the main process that arrives after
// "Abandonner" (a slow SMS send) does not bring the previous visit back on screen.
import type { Page } from '@playwright/test';
import { test, expect } from './support/kiosk-test';
import { PATRICK } from './support/roster-fixture';
import {
  FR,
  fillIdentity,
  loginHeading,
  openKiosk,
  startActivation,
  submitIdentity,
  button,
} from './support/activation-steps';
import { tapInto } from './support/on-screen-keys';

test.use({ hasTouch: true });

const BACK = 'Retour';
const IDLE_ENV = { KIOSK_IDLE_SECONDS: '2', KIOSK_IDLE_WARNING_SECONDS: '2' };
const idleDialog = (page: Page) => page.getByRole('alertdialog', { name: FR.idle.title });

test('S-KIOSK-1: an identifier tapped on the on-screen keys of the start screen is reset when the parent walks away', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk(IDLE_ENV);
  await openKiosk(page, kiosk.url);
  const identifier = page.getByLabel(FR.login.identifier, { exact: true });
  await tapInto(page, identifier, 'patrick');
  await expect(identifier).toHaveValue('patrick');
  await expect(idleDialog(page)).toBeVisible({ timeout: 10_000 });
  await expect(idleDialog(page)).toBeHidden({ timeout: 10_000 });
  await expect(loginHeading(page)).toBeVisible();
  await expect(page.getByLabel(FR.login.identifier, { exact: true })).toHaveValue('');
});

test('S-KIOSK-1: an identity typed, then left with "Retour" to the start screen, is reset for the next parent', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk(IDLE_ENV);
  await openKiosk(page, kiosk.url);
  await startActivation(page);
  await tapInto(page, page.getByLabel(FR.identity.lastName, { exact: true }), 'Haddad');
  await tapInto(page, page.getByLabel(FR.identity.mobile, { exact: true }), '0612345604');
  // Back to the start screen without touching anything else.
  await button(page, BACK).tap();
  await expect(button(page, FR.choice.create)).toBeVisible();
  await button(page, BACK).tap();
  await expect(loginHeading(page)).toBeVisible();

  await expect(idleDialog(page)).toBeVisible({ timeout: 10_000 });
  await expect(idleDialog(page)).toBeHidden({ timeout: 10_000 });
  // The next parent finds an empty form.
  await startActivation(page);
  await expect(page.getByLabel(FR.identity.lastName, { exact: true })).toHaveValue('');
  await expect(page.getByLabel(FR.identity.mobile, { exact: true })).toHaveValue('');
});

test('"Abandonner" during a slow SMS send ends the visit at once; the late answer does not come back', async ({
  page,
  startKiosk,
}) => {
  const kiosk = await startKiosk();
  kiosk.gateway.setMode('slow', { delayMs: 4000, times: 1 });
  await openKiosk(page, kiosk.url);
  await startActivation(page);
  await fillIdentity(page, {
    lastName: PATRICK.lastName,
    firstName: PATRICK.firstName,
    mobile: PATRICK.mobile,
  });
  await submitIdentity(page);
  await expect(page.getByRole('heading', { name: FR.confirmSend.title })).toBeVisible();

  const lateAnswer = page.waitForResponse('**/api/call/activation.confirmSend');
  let answered = false;
  void lateAnswer.then(() => (answered = true));
  await button(page, FR.confirmSend.submit).click();
  await expect.poll(() => kiosk.gateway.received.length).toBe(1); // the phone has it, slowly
  await button(page, FR.abandon.button).click();
  await expect(loginHeading(page)).toBeVisible();
  // At once: the parent who leaves does not wait for the phone's answer.
  expect(answered).toBe(false);

  await lateAnswer;
  // The answer for the abandoned visit changed nothing: still the start screen, and the next
  // parent's form is empty.
  await expect(page.getByRole('heading', { name: FR.code.title })).toHaveCount(0);
  await expect(loginHeading(page)).toBeVisible();
  await startActivation(page);
  await expect(page.getByLabel(FR.identity.lastName, { exact: true })).toHaveValue('');
  await expect(page.getByRole('heading', { name: FR.code.title })).toHaveCount(0);
});
