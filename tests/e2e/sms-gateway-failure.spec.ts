// The SMS gateway (the school's Android phone) fails while a parent waits at "Valider".
// - The phone refuses (here: it keeps answering 429): the SMS surely did not leave, so the parent
//   may press "Valider" again at once; once the phone answers, exactly one SMS and the code screen.
// - The phone fails at once after it may have taken the SMS (HTTP 500): the parent is told the
//   service failed, not that it was slow. The kiosk cannot know whether the
//   code is on its way, so it counts as sent and a second tap does NOT send a second, different
//   code within the per-number gap (S-RATE-2).
import type { Page } from '@playwright/test';
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

async function reachConfirmation(page: Page, url: string) {
  await openKiosk(page, url);
  await startActivation(page);
  await fillIdentity(page, { lastName: 'Dupont', firstName: 'Patrick', mobile: PATRICK.mobile });
  await submitIdentity(page);
  await expect(
    page.getByRole('heading', { name: FR.confirmSend.title, exact: true }),
  ).toBeVisible();
  return {
    valider: page.getByRole('button', { name: FR.confirmSend.submit, exact: true }),
    codeTitle: page.getByRole('heading', { name: FR.code.title, exact: true }),
  };
}

test('SMS gateway refusing: "Valider" says the SMS failed; once it is back, one SMS and the code screen', async ({
  page,
  startKiosk,
}) => {
  // A short overall SMS deadline: the retries of a refusing gateway end within it.
  const kiosk = await startKiosk({ KIOSK_SMS_TIMEOUT_SECONDS: '4' });
  const { gateway } = kiosk;
  gateway.setMode('rate-limit'); // every POST, retries included, until set back
  const { valider, codeTitle } = await reachConfirmation(page, kiosk.url);
  await valider.click();

  // Refused: the parent is told the service is busy (its own sentence), not a generic failure.
  await expect(page.getByRole('alert')).toContainText(FR.smsFailure.RateLimited);
  await expect(
    page.getByRole('heading', { name: FR.confirmSend.title, exact: true }),
  ).toBeVisible();
  await expect(codeTitle).toHaveCount(0);
  expect(gateway.received).toHaveLength(0);
  const refused = gateway.requests.filter((r) => r.method === 'POST');
  expect(refused.length).toBeGreaterThan(0);
  expect(refused.every((r) => r.status === 429)).toBe(true);

  // The phone is back: the same "Valider" now sends the code.
  gateway.setMode('normal');
  await valider.click();
  await expect(codeTitle).toBeVisible();
  expect(gateway.received).toHaveLength(1);
  expect(gateway.received[0]!.phoneNumbers).toEqual([PATRICK.mobileE164]);

  // And that SMS's code is the one the kiosk expects.
  await enterCode(page, gateway.lastCodeFor(PATRICK.mobileE164)!);
  await expect(page.getByRole('heading', { name: CAMILLE.firstName, exact: true })).toBeVisible();
});

test('SMS gateway failing after it may have sent (500): no second, different code on a new tap', async ({
  page,
  startKiosk,
}) => {
  const kiosk = await startKiosk({ KIOSK_SMS_TIMEOUT_SECONDS: '4' });
  const { gateway } = kiosk;
  gateway.setMode('fail-5xx');
  const { valider, codeTitle } = await reachConfirmation(page, kiosk.url);
  await valider.click();
  // The phone failed at once, after it may have taken it: the parent is told the service
  // failed (not that it was slow) and that the SMS may still arrive.
  await expect(page.getByRole('alert')).toContainText(FR.smsFailure.ProviderError);
  await expect(page.getByRole('alert')).not.toContainText('trop de temps');

  gateway.setMode('normal');
  await valider.click();
  await expect(page.getByRole('alert')).toContainText(FR.confirmSend.smsRateLimited);
  await expect(codeTitle).toHaveCount(0);
  expect(gateway.received).toHaveLength(0);
});
