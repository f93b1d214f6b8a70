// The SMS gateway (the school's Android phone) fails: "Valider" says the SMS could not be sent and
// the parent stays on the confirmation screen, with nothing received. Once the phone answers
// again, "Valider" once more sends exactly one SMS and leads to the code screen. The adapter
// retries a 5xx (its client id makes a retry safe), so the fake fails every attempt.
import { test, expect } from './support/kiosk-test';
import { CAMILLE, PATRICK } from './support/roster-fixture';
import {
  FR,
  enterCode,
  fillIdentity,
  openKiosk,
  startActivation,
  submitIdentity,
} from './support/activation-steps';

test('SMS gateway down: "Valider" says the SMS failed; once it is back, one SMS and the code screen', async ({
  page,
  startKiosk,
}) => {
  // A short overall SMS deadline: the retries of a failing gateway end within it.
  const kiosk = await startKiosk({ KIOSK_SMS_TIMEOUT_SECONDS: '5' });
  const { gateway } = kiosk;
  gateway.setMode('fail-5xx'); // every POST, retries included, until set back
  await openKiosk(page, kiosk.url);
  await startActivation(page);
  await fillIdentity(page, { lastName: 'Dupont', firstName: 'Patrick', mobile: PATRICK.mobile });
  await submitIdentity(page);

  const confirmTitle = page.getByRole('heading', { name: FR.confirmSend.title, exact: true });
  const codeTitle = page.getByRole('heading', { name: FR.code.title, exact: true });
  const valider = page.getByRole('button', { name: FR.confirmSend.submit, exact: true });
  await expect(confirmTitle).toBeVisible();
  await valider.click();

  await expect(page.getByRole('alert')).toContainText(FR.confirmSend.smsFailed);
  await expect(confirmTitle).toBeVisible();
  await expect(codeTitle).toHaveCount(0);
  expect(gateway.received).toHaveLength(0);
  const failedPosts = gateway.requests.filter((r) => r.method === 'POST');
  expect(failedPosts.length).toBeGreaterThan(0);
  expect(failedPosts.every((r) => r.status === 500)).toBe(true);

  // The phone is back: the same "Valider" now sends the code (a failed send does not count
  // towards the per-number gap between two SMS).
  gateway.setMode('normal');
  await valider.click();
  await expect(codeTitle).toBeVisible();
  expect(gateway.received).toHaveLength(1);
  expect(gateway.received[0]!.phoneNumbers).toEqual([PATRICK.mobileE164]);

  // And that SMS's code is the one the kiosk expects.
  await enterCode(page, gateway.lastCodeFor(PATRICK.mobileE164)!);
  await expect(page.getByRole('heading', { name: CAMILLE.firstName, exact: true })).toBeVisible();
});
