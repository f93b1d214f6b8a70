// S-ENUM-1: a wrong name or a wrong phone gives the seed's single message, never which field
// failed, and no SMS leaves the kiosk. As in the seed, the answer comes after "Valider" on the
// confirmation screen ("Confirmez l'envoi en cliquant sur « valider »").
import type { Page } from '@playwright/test';
import { test, expect } from './support/kiosk-test';
import { PATRICK } from './support/roster-fixture';
import {
  FR,
  fillIdentity,
  openKiosk,
  startActivation,
  submitIdentity,
  type Identity,
} from './support/activation-steps';

const right: Identity = { lastName: 'Dupont', firstName: 'Patrick', mobile: PATRICK.mobile };

/** Identity form → "Recevoir mon code SMS" → "Valider"; returns the message then shown. */
async function tryIdentity(page: Page, identity: Identity): Promise<string> {
  await fillIdentity(page, identity);
  await submitIdentity(page);
  await expect(
    page.getByRole('heading', { name: FR.confirmSend.title, exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: FR.confirmSend.submit, exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: FR.mismatch });
  await expect(alert).toBeVisible();
  // Nothing says which field was wrong, and no code screen.
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: FR.code.title })).toHaveCount(0);
  return (await alert.innerText()).trim();
}

test('S-ENUM-1: a wrong name and a wrong phone give the same seed message, and no SMS', async ({
  page,
  startKiosk,
}) => {
  const kiosk = await startKiosk();

  await openKiosk(page, kiosk.url);
  await startActivation(page);
  const wrongName = await tryIdentity(page, { ...right, lastName: 'Durand' });
  expect(wrongName).toContain(FR.mismatch);

  await openKiosk(page, kiosk.url);
  await startActivation(page);
  const wrongPhone = await tryIdentity(page, { ...right, mobile: '06 12 34 56 79' });

  await openKiosk(page, kiosk.url);
  await startActivation(page);
  const wrongFirstName = await tryIdentity(page, { ...right, firstName: 'Pierre' });

  expect(wrongPhone).toBe(wrongName);
  expect(wrongFirstName).toBe(wrongName);
  expect(kiosk.gateway.received).toHaveLength(0);
  expect(kiosk.gateway.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
});

test('S-ENUM-1: after the message, the form is back with what was typed, to check and correct', async ({
  page,
  startKiosk,
}) => {
  const kiosk = await startKiosk();
  await openKiosk(page, kiosk.url);
  await startActivation(page);
  await tryIdentity(page, { ...right, mobile: '06 12 34 56 79' });

  // "veuillez vérifier les données saisies": the identity form, values kept, message shown.
  await expect(page.getByRole('heading', { name: FR.identity.title, exact: true })).toBeVisible();
  await expect(page.getByLabel(FR.identity.lastName, { exact: true })).toHaveValue(right.lastName);
  await expect(page.getByLabel(FR.identity.mobile, { exact: true })).toHaveValue('06 12 34 56 79');
  await page.getByLabel(FR.identity.mobile, { exact: true }).fill(PATRICK.mobile);
  await submitIdentity(page);
  await page.getByRole('button', { name: FR.confirmSend.submit, exact: true }).click();
  await expect(page.getByRole('heading', { name: FR.code.title, exact: true })).toBeVisible();
  expect(kiosk.gateway.received).toHaveLength(1);
});
