// Issue 14 (layout), ux.md 3–4 and 10: on a 1920×1080 kiosk no parent screen needs scrolling to
// reach its primary button — on arrival, and with the on-screen keyboard open for a field —
// including the children screen of a parent of three; on a 1080×1920 kiosk each screen goes
// down into the lower 40 %; the demo phone never cuts a message. One walk, one browser: the
// demo family of three children (main/demo/demo-roster.ts: Nadia Haddad) activates, logs in,
// then recovers her identifier; Zoé D'Arcy activates and recovers her
// password.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/kiosk-test';
import {
  FR,
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  answerChild,
  button,
  childCard,
  choosePassword,
  confirmChildren,
  enterCode,
  fillIdentity,
  heading,
  login,
  logout,
  openKiosk,
  readDemoCode,
  readIdentifier,
  requestCode,
  startActivation,
  submitIdentity,
  typeCode,
  type ChildAnswer,
  type Identity,
} from './support/activation-steps';
import { FR_RECOVERY, typeRecoveryCode } from './support/recovery-steps';
import {
  LANDSCAPE,
  expectDemoMessagesWhole,
  expectFieldAndPrimaryAboveKeyboard,
  expectPortraitUsesScreen,
  expectPrimaryWithoutScrolling,
} from './support/screen-fit';

test.use({ hasTouch: true, viewport: LANDSCAPE });

const NADIA: Identity = { lastName: 'Haddad', firstName: 'Nadia', mobile: '06 12 34 56 04' };
const CHILDREN: ChildAnswer[] = [
  { firstName: 'Yasmine', birthDate: '10/01/2011' },
  { firstName: 'Rayan', birthDate: '30/07/2013' },
  { firstName: 'Inès', birthDate: '05/11/2014' },
];
const ZOE: Identity = { lastName: "D'Arcy", firstName: 'Zoé', mobile: '07 81 23 45 06' };
const CHLOE: ChildAnswer = { firstName: 'Chloé', birthDate: '18/06/2013' };
const NEW_PASSWORD = 'Confiture de fraise au goûter 2026';
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Every check of a screen on arrival: landscape, portrait, the demo phone. */
async function expectScreenFits(page: Page, screen: string, primary: Locator): Promise<void> {
  await expectPrimaryWithoutScrolling(page, primary, screen);
  await expectDemoMessagesWhole(page, screen);
  await expectPortraitUsesScreen(page, screen);
}

/** Opens an information page with `link`, checks it, and comes back with its "Retour". */
async function infoPageFits(page: Page, link: Locator, title: string): Promise<void> {
  await link.click();
  await expect(heading(page, title)).toBeVisible();
  const back = button(page, FR.common.back).last();
  await expectScreenFits(page, title, back);
  await back.click();
  await expect(heading(page, title)).toBeHidden();
}

/** Until the code screen: a second and third SMS to one number come seconds apart here. */
async function validateUntilCodeScreen(page: Page): Promise<void> {
  const codeTitle = heading(page, FR.code.title);
  await expect(async () => {
    if (!(await codeTitle.isVisible())) await button(page, FR.confirmSend.submit).click();
    await expect(codeTitle).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

test('1920×1080: every primary button on screen without scrolling, keyboard open or not; 1080×1920: the screen is used', async ({
  page,
  startDemoKiosk,
}) => {
  // A whole activation, three recovery SMS and two password hashes on a shared CI machine.
  test.setTimeout(180_000);
  const kiosk = await startDemoKiosk({
    // The recoveries' SMS follow the activation's within seconds (S-RATE-2, shortened here).
    KIOSK_RESEND_COOLDOWN_SECONDS: '1',
  });
  /** The keyboard opened for the field labelled `label` hides neither it nor `primary`. */
  const typingIn = (label: string, primary: Locator, screen: string) =>
    expectFieldAndPrimaryAboveKeyboard(page, field(page, label), primary, screen);
  await openKiosk(page, kiosk.url);
  const connect = button(page, FR.login.submit);
  await expectScreenFits(page, 'login', connect);
  await typingIn(FR.login.identifier, connect, 'login');

  // The information pages: "Retour" under their text (the primary button) is on screen too.
  for (const info of [FR.info.assistance, FR.info.legal]) {
    await infoPageFits(page, button(page, info.title), info.title);
  }

  await button(page, FR.login.noIdentifier).click();
  await expectScreenFits(page, 'situation', button(page, FR.choice.create));
  for (const [choice, info] of [
    [FR.choice.phoneNotRegistered, FR.info.phoneNotRegistered],
    [FR.choice.student, FR.info.student],
  ] as const) {
    await infoPageFits(page, page.getByRole('button', { name: choice }), info.title);
  }
  await button(page, FR.choice.create).click();
  await expect(heading(page, FR.identity.title)).toBeVisible();

  const receive = button(page, FR.identity.submit);
  await expectScreenFits(page, 'identity', receive);
  for (const label of [FR.identity.lastName, FR.identity.mobile]) {
    await typingIn(label, receive, `identity ${label}`);
  }
  await fillIdentity(page, NADIA);
  await submitIdentity(page);
  await expect(heading(page, FR.confirmSend.title)).toBeVisible();
  await expectScreenFits(page, 'confirmation', button(page, FR.confirmSend.submit));
  await button(page, FR.confirmSend.submit).click();
  await expect(heading(page, FR.code.title)).toBeVisible();

  const activationCode = await readDemoCode(page);
  const validate = button(page, FR.code.submit);
  await expectScreenFits(page, 'code', validate);
  await typingIn(FR.code.label, validate, 'code');
  await typeCode(page, activationCode);
  await expect(heading(page, FR.children.title)).toBeVisible();

  // Three children, none answered yet: "Continuer" (disabled until then) is on screen too.
  const continuer = button(page, FR.children.continue);
  await expectScreenFits(page, 'children (three to answer)', continuer);
  const yasmine = childCard(page, 'Yasmine');
  await yasmine.getByRole('button', { name: FR.children.yes, exact: true }).click();
  await expectFieldAndPrimaryAboveKeyboard(
    page,
    yasmine.getByLabel(FR.children.birthDate, { exact: true }),
    yasmine.getByRole('button', { name: FR.children.confirmDate, exact: true }),
    'children: a birth date',
  );
  for (const answer of CHILDREN) await answerChild(page, answer);
  await expectScreenFits(page, 'children (three confirmed)', continuer);
  await continuer.click();
  await expect(heading(page, FR.identifier.title)).toBeVisible();

  const identifier = await readIdentifier(page);
  await expectScreenFits(page, 'identifier', button(page, FR.identifier.acknowledge));
  await acknowledgeIdentifier(page);
  const finish = button(page, FR.password.submit);
  await expectScreenFits(page, 'password', finish);
  for (const label of [FR.password.password, FR.password.confirmation]) {
    await typingIn(label, finish, `password ${label}`);
  }
  await choosePassword(page, GOOD_PASSWORD);
  await expectScreenFits(page, 'account created', button(page, FR.done.finish));

  await login(page, identifier, GOOD_PASSWORD, NADIA.firstName);
  await expectScreenFits(page, 'account', button(page, FR.account.logout));
  await logout(page);

  // "Identifiant perdu".
  await button(page, FR.login.lostIdentifier).click();
  await expect(heading(page, FR_RECOVERY.identifierTitle)).toBeVisible();
  await expectScreenFits(page, 'lost identifier', receive);
  await typingIn(FR.identity.mobile, receive, 'lost identifier: mobile');
  await fillIdentity(page, NADIA);
  await receive.click();
  await expect(heading(page, FR_RECOVERY.confirmTitle)).toBeVisible();
  await expectScreenFits(page, 'lost identifier: confirmation', button(page, FR_RECOVERY.validate));
  await validateUntilCodeScreen(page);
  const identifierCode = await readDemoCode(page, [activationCode]);
  await expectScreenFits(page, 'lost identifier: code', validate);
  await typingIn(FR.code.label, validate, 'lost identifier: code');
  await typeRecoveryCode(page, identifierCode);
  await expect(heading(page, FR_RECOVERY.identifierDoneTitle)).toBeVisible();
  const toLogin = button(page, FR_RECOVERY.login);
  await expectScreenFits(page, 'lost identifier: done', toLogin);
  await toLogin.click();

  // "Mot de passe perdu" (Zoé: Nadia's mobile has had its 3 SMS of the hour, S-RATE-2), with
  // the identifier, then with the name and mobile.
  await startActivation(page);
  await requestCode(page, ZOE);
  const zoeCode = await readDemoCode(page, [activationCode, identifierCode]);
  await enterCode(page, zoeCode);
  const zoeIdentifier = await confirmChildren(page, [CHLOE]);
  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await button(page, FR.done.finish).click();
  await button(page, FR.login.lostPassword).click();
  await expect(heading(page, FR_RECOVERY.passwordTitle)).toBeVisible();
  await expectScreenFits(page, 'lost password', receive);
  await typingIn(FR_RECOVERY.identifierLabel, receive, 'lost password: identifier');
  await button(page, FR_RECOVERY.byName).click();
  await expectScreenFits(page, 'lost password by name', receive);
  await typingIn(FR.identity.mobile, receive, 'lost password by name: mobile');
  await button(page, FR_RECOVERY.byIdentifier).click();
  await field(page, FR_RECOVERY.identifierLabel).fill(zoeIdentifier);
  await receive.click();
  await expect(heading(page, FR_RECOVERY.confirmTitle)).toBeVisible();
  await expectScreenFits(page, 'lost password: confirmation', button(page, FR_RECOVERY.validate));
  await validateUntilCodeScreen(page);
  const passwordCode = await readDemoCode(page, [activationCode, identifierCode, zoeCode]);
  await typeRecoveryCode(page, passwordCode);

  await expect(heading(page, FR_RECOVERY.birthDateTitle)).toBeVisible();
  const check = button(page, FR_RECOVERY.validate);
  await expectScreenFits(page, 'lost password: birth date', check);
  const birthDate = field(page, FR_RECOVERY.birthDate);
  await expectFieldAndPrimaryAboveKeyboard(page, birthDate, check, 'lost password: birth date');
  await birthDate.fill(CHLOE.birthDate);
  await check.click();

  await expect(heading(page, FR_RECOVERY.newPasswordTitle)).toBeVisible();
  const save = button(page, FR_RECOVERY.savePassword);
  await expectScreenFits(page, 'lost password: new password', save);
  await typingIn(FR_RECOVERY.newPasswordConfirmation, save, 'lost password: new password');
  await field(page, FR_RECOVERY.newPassword).fill(NEW_PASSWORD);
  await field(page, FR_RECOVERY.newPasswordConfirmation).fill(NEW_PASSWORD);
  await save.click();
  await expect(heading(page, FR_RECOVERY.passwordDoneTitle)).toBeVisible({ timeout: 30_000 });
  await expectScreenFits(page, 'lost password: done', button(page, FR_RECOVERY.login));
});
