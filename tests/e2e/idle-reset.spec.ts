// S-KIOSK-1 / S-KIOSK-2: a parent who walks away leaves nothing behind. After the idle delay the
// kiosk asks "Êtes-vous toujours là ?"; without an answer it resets to the start screen, forgets
// what was typed, clears web storage and ends the flow or login in the main process (S-KIOSK-4).
// "Continuer" keeps the screen. Delays shortened through KIOSK_IDLE_SECONDS and
// KIOSK_IDLE_WARNING_SECONDS.
import type { Page } from '@playwright/test';
import { test, expect, reachChildren, rightBirthDate } from './support/kiosk-test';
import { AMELIE } from './support/roster-fixture';
import { probeSession, replayCall } from './support/session-probe';
import {
  FR,
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  choosePassword,
  confirmChildren,
  fillIdentity,
  login,
  loginHeading,
  openKiosk,
  startActivation,
} from './support/activation-steps';

const TYPED_NAME = 'Vasseur-Quintard';
const IDLE_ENV = { KIOSK_IDLE_SECONDS: '2', KIOSK_IDLE_WARNING_SECONDS: '2' };

const idleDialog = (page: Page) => page.getByRole('alertdialog', { name: FR.idle.title });
const identityHeading = (page: Page) =>
  page.getByRole('heading', { name: FR.identity.title, exact: true });

async function storageState(page: Page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDb: (await indexedDB.databases()).map((db) => db.name),
  }));
}

test('S-KIOSK-1/2: without input the kiosk warns, then resets and forgets everything', async ({
  page,
  startKiosk,
}) => {
  const kiosk = await startKiosk(IDLE_ENV);
  const probe = probeSession(page);
  await openKiosk(page, kiosk.url);
  // Whatever another script might have left in web storage must go with the reset too.
  await page.evaluate(async () => {
    localStorage.setItem('left-over', 'x');
    sessionStorage.setItem('left-over', 'x');
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('left-over-db');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
  });

  await startActivation(page);
  await fillIdentity(page, {
    lastName: TYPED_NAME,
    firstName: 'Bérénice',
    mobile: '06 12 34 56 78',
  });

  await expect(idleDialog(page)).toBeVisible();
  await expect(idleDialog(page).getByRole('button', { name: FR.idle.continue })).toBeVisible();
  // No input: back to the start screen.
  await expect(loginHeading(page)).toBeVisible();
  await expect(idleDialog(page)).toHaveCount(0);
  await expect(identityHeading(page)).toHaveCount(0);

  expect(await page.content()).not.toContain(TYPED_NAME);
  expect(await page.content()).not.toContain('Bérénice');
  await expect.poll(() => storageState(page)).toEqual({ local: 0, session: 0, indexedDb: [] });

  // The flow ended in the main process too, not only on screen.
  expect(probe.flowId).toBeTruthy();
  const late = await replayCall(page, probe, 'activation.submitIdentity', {
    flowId: probe.flowId,
    lastName: 'Dupont',
    firstName: 'Patrick',
    mobile: '06 12 34 56 78',
  });
  expect(late.ok).toBe(false);

  // Starting again shows an empty form.
  await startActivation(page);
  await expect(page.getByLabel(FR.identity.lastName, { exact: true })).toHaveValue('');
  await expect(page.getByLabel(FR.identity.firstName, { exact: true })).toHaveValue('');
  await expect(page.getByLabel(FR.identity.mobile, { exact: true })).toHaveValue('');
});

test('S-KIOSK-1: "Continuer" pressed in time keeps the screen and what was typed', async ({
  page,
  startKiosk,
}) => {
  // A long warning: the test has to see it and press "Continuer" before it runs out, and on a
  // loaded 2-core machine that alone can take more than 2 s. Nothing here waits for the reset.
  const kiosk = await startKiosk({ ...IDLE_ENV, KIOSK_IDLE_WARNING_SECONDS: '15' });
  await openKiosk(page, kiosk.url);
  await startActivation(page);
  await fillIdentity(page, {
    lastName: TYPED_NAME,
    firstName: 'Bérénice',
    mobile: '06 12 34 56 78',
  });

  await expect(idleDialog(page)).toBeVisible();
  await idleDialog(page).getByRole('button', { name: FR.idle.continue }).click();
  await expect(idleDialog(page)).toHaveCount(0);
  await expect(identityHeading(page)).toBeVisible();
  await expect(page.getByLabel(FR.identity.lastName, { exact: true })).toHaveValue(TYPED_NAME);
  // The focus is back in the field last typed into (not on the page body).
  await expect(page.getByLabel(FR.identity.mobile, { exact: true })).toBeFocused();

  // The countdown started again from zero: the warning comes back later, and until then (a full
  // idle delay after "Continuer", longer than the first warning's remaining time) nothing reset.
  await expect(idleDialog(page)).toBeVisible();
  await expect(identityHeading(page)).toBeVisible();
  await expect(page.getByLabel(FR.identity.lastName, { exact: true })).toHaveValue(TYPED_NAME);
});

test('S-KIOSK-4: a logged-in parent who walks away is logged out by the idle reset', async ({
  page,
  startKiosk,
}) => {
  // A longer idle delay here: creating the account takes a few screens, and the password hash and
  // the login's (no input meanwhile) take several seconds each on a loaded 2-core machine.
  const kiosk = await startKiosk({ KIOSK_IDLE_SECONDS: '12', KIOSK_IDLE_WARNING_SECONDS: '2' });
  const probe = probeSession(page);
  await openKiosk(page, kiosk.url);
  await reachChildren(page, kiosk, AMELIE, { lastName: 'Lefevre', firstName: 'Amelie' });
  const identifier = await confirmChildren(page, [rightBirthDate(AMELIE.children[0]!)]);
  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await login(page, identifier, GOOD_PASSWORD, 'Amélie');
  expect((await replayCall(page, probe, 'account.view', {})).ok).toBe(true);

  await expect(idleDialog(page)).toBeVisible({ timeout: 20_000 }); // the 12 s idle delay first
  await expect(loginHeading(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bonjour Amélie' })).toHaveCount(0);
  expect(await page.content()).not.toContain(identifier);
  const afterReset = await replayCall(page, probe, 'account.view', {});
  expect(afterReset.ok).toBe(false);
  expect(afterReset.error?.code).toBe('NOT_LOGGED_IN');
});
