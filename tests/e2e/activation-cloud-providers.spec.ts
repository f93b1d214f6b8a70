// The activation through each cloud SMS provider's fake, as a parent lives it: the kiosk is
// configured from KIOSK_* variables only, the provider receives exactly one SMS in its own
// format with the school's sender name, and the code in it opens the children screen.
// A provider refusing (no credit) shows its own French sentence and sends nothing.
import { test, expect, type Page } from '@playwright/test';
import { CLOUD_PROVIDERS, startCloudKiosk, type CloudKiosk } from './support/cloud-kiosk';
import { CAMILLE, PATRICK, type FixtureGuardian } from './support/roster-fixture';
import {
  FR,
  enterCode,
  fillIdentity,
  heading,
  openKiosk,
  requestCode,
  startActivation,
  submitIdentity,
  button,
} from './support/activation-steps';

let kiosk: CloudKiosk | undefined;
test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

for (const provider of CLOUD_PROVIDERS) {
  test(`activation through ${provider}: one SMS, in its format, whose code the kiosk accepts`, async ({
    page,
  }) => {
    kiosk = await startCloudKiosk(provider);
    await openKiosk(page, kiosk.url);
    await startActivation(page);
    await requestCode(page, { lastName: 'Dupont', firstName: 'Patrick', mobile: PATRICK.mobile });

    expect(kiosk.fake.received).toHaveLength(1);
    const sms = kiosk.fake.received[0]!;
    expect(sms.to.replace(/^\+/, '')).toBe(PATRICK.mobileE164.slice(1));
    expect(sms.sender).toBe('COLLEGE');
    const code = kiosk.fake.lastCodeFor(PATRICK.mobileE164);
    expect(code).toMatch(/^\d{6}$/);
    await enterCode(page, code!);
    await expect(heading(page, CAMILLE.firstName)).toBeVisible();
  });
}

const BROKE: FixtureGuardian = {
  ...PATRICK,
  mobile: '06 12 34 04 02',
  mobileE164: '+33612340402',
};

/** A parent whose provider has no credit left presses "Valider": told so, and no SMS leaves. */
async function sendWithoutCredit(page: Page, provider: 'brevo' | 'ovh'): Promise<CloudKiosk> {
  const started = await startCloudKiosk(provider, {}, [BROKE]);
  kiosk = started;
  await openKiosk(page, started.url);
  await startActivation(page);
  await fillIdentity(page, { lastName: 'Dupont', firstName: 'Patrick', mobile: BROKE.mobile });
  await submitIdentity(page);
  await button(page, FR.confirmSend.submit).click();
  await expect(page.getByRole('alert')).toContainText(FR.smsFailure.InsufficientCredit);
  await expect(heading(page, FR.confirmSend.title)).toBeVisible();
  expect(started.fake.received).toHaveLength(0);
  return started;
}

test('a provider out of credit: the parent is told to see the secretariat, and no SMS leaves', async ({
  page,
}) => {
  // The Brevo fake answers 402 not_enough_credits for numbers ending in 0402.
  const started = await sendWithoutCredit(page, 'brevo');
  expect(started.host.output()).toMatch(
    /not sent \(InsufficientCredit\): Brevo has no SMS credit left/,
  );
});

test('OVHcloud out of credit (a 403 like a refused key): the parent is told credit ran out, the log does not blame the keys', async ({
  page,
}) => {
  // The OVH fake answers 403 Client::Forbidden "Not enough credits" for numbers ending in 0402.
  const started = await sendWithoutCredit(page, 'ovh');
  expect(started.host.output()).toMatch(
    /not sent \(InsufficientCredit\): OVHcloud has no SMS credit left/,
  );
  expect(started.host.output()).not.toMatch(/OVHcloud refused the credentials/);
});
