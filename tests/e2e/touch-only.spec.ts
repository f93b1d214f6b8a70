// ux.md "Walk every flow with touch only": a parent with no physical keyboard activates an
// account and logs in by tapping the on-screen keys alone (AZERTY with accents for names and
// the password, the digit pads for phone, code and birth date). Demo mode, touch screen; the
// family has an accented, hyphenated name and a child born on 29 February.
import { test, expect } from './support/kiosk-test';
import {
  AFTER_PASSWORD_HASHING,
  FR,
  GOOD_PASSWORD,
  demoPhone,
  loginHeading,
  openKiosk,
  readDemoCode,
  heading,
  button,
} from './support/activation-steps';
import { onScreenKey as key, tapInto } from './support/on-screen-keys';

test.use({ hasTouch: true, viewport: { width: 1920, height: 1080 } });

test('touch only: activation then login typed entirely on the on-screen keys', async ({
  page,
  startDemoKiosk,
}) => {
  // Every character is a tap on the on-screen keys (several hundred taps) around a whole
  // activation and login with two password hashes: more than 60 s on a loaded 2-core machine.
  test.slow();
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  await button(page, FR.login.noIdentifier).tap();
  await button(page, FR.choice.create).tap();
  await expect(heading(page, FR.identity.title)).toBeVisible();

  const lastName = page.getByLabel(FR.identity.lastName, { exact: true });
  const firstName = page.getByLabel(FR.identity.firstName, { exact: true });
  const mobile = page.getByLabel(FR.identity.mobile, { exact: true });
  await tapInto(page, lastName, 'Lefèvre-Nguyen');
  await tapInto(page, firstName, 'Marie-Hélène');
  // The number as printed on a phone contract, with the "+" of the phone pad.
  await tapInto(page, mobile, '+33612345605');
  await expect(key(page, 'a')).toHaveCount(0); // the digit pad, not the letters
  await expect(lastName).toHaveValue('Lefèvre-Nguyen');
  await expect(firstName).toHaveValue('Marie-Hélène');
  await expect(mobile).toHaveValue('+33612345605');

  await button(page, FR.identity.submit).tap();
  await expect(heading(page, FR.confirmSend.title)).toBeVisible();
  await expect(page.getByText('06 •• •• •• 05')).toBeVisible();
  await button(page, FR.confirmSend.submit).tap();
  await expect(heading(page, FR.code.title)).toBeVisible();

  const code = await readDemoCode(page);
  await tapInto(page, page.getByLabel(FR.code.label, { exact: true }), code);
  await button(page, FR.code.submit).tap();
  await expect(heading(page, FR.children.title)).toBeVisible();

  const theo = page.getByRole('listitem', { name: 'Théo', exact: true });
  await theo.getByRole('button', { name: FR.children.yes, exact: true }).tap();
  // Digits only: the slashes are typed for the parent.
  const birthDate = theo.getByLabel(FR.children.birthDate, { exact: true });
  await tapInto(page, birthDate, '29022012');
  await expect(birthDate).toHaveValue('29/02/2012');
  await theo.getByRole('button', { name: FR.children.confirmDate, exact: true }).tap();
  await expect(theo.getByText(FR.children.statusConfirmed)).toBeVisible();
  await button(page, FR.children.continue).tap();

  await expect(heading(page, FR.identifier.title)).toBeVisible();
  const identifier = 'marie-helene.lefevre-nguyen1';
  await expect(page.getByText(identifier, { exact: true })).toBeVisible();
  await button(page, FR.identifier.acknowledge).tap();

  const password = GOOD_PASSWORD; // upper case, accent, spaces, digits: every layer
  await tapInto(page, page.getByLabel(FR.password.password, { exact: true }), password);
  await tapInto(page, page.getByLabel(FR.password.confirmation, { exact: true }), password);
  await button(page, FR.password.submit).tap();
  await expect(heading(page, FR.done.title)).toBeVisible(AFTER_PASSWORD_HASHING);

  // The login screen comes with the identifier filled in; the password is tapped again.
  await button(page, FR.done.login).tap();
  await expect(loginHeading(page)).toBeVisible();
  await expect(page.getByLabel(FR.login.identifier, { exact: true })).toHaveValue(identifier);
  await tapInto(page, page.getByLabel(FR.login.password, { exact: true }), password);
  await button(page, FR.login.submit).tap();
  await expect(heading(page, 'Bonjour Marie-Hélène')).toBeVisible(AFTER_PASSWORD_HASHING);
  await expect(page.getByText('Théo')).toBeVisible();
  await button(page, FR.account.logout).tap();
  await expect(loginHeading(page)).toBeVisible();
  await expect(demoPhone(page).getByText(code)).toHaveCount(0);
});
