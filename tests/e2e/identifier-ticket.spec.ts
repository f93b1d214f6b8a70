// "Imprimer mon identifiant" in the browser host (issue 14): the ticket printed by the
// browser's print, rendered here to PDF with print media and its text read back: the school,
// the identifier, where to log in and the date; never the code nor the password; nothing else
// of the screen. The same ticket fits an 80 mm receipt roll. A failed print is one sentence and
// the parent goes on. The browser's print dialog is replaced by a recorder (a headless browser
// has none); the page's print stylesheet is what page.pdf() lays out.
import type { Page } from '@playwright/test';
import { test, expect } from './support/kiosk-test';
import {
  FR,
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  button,
  choosePassword,
  confirmChildren,
  enterCode,
  heading,
  readDemoCode,
  requestCode,
  openKiosk,
  startActivation,
} from './support/activation-steps';
import { FR_RECOVERY, requestIdentifierRecovery, typeRecoveryCode } from './support/recovery-steps';
import { pdfText } from './support/pdf-text';
import {
  CATALOGUE,
  answerChildIn,
  buttonIn,
  chooseLanguage,
  enterCodeIn,
  headingIn,
  readDemoCodeIn,
  readIdentifierIn,
  requestCodeIn,
  startActivationIn,
} from './support/language-steps';

const PATRICK = { lastName: 'Dupont', firstName: 'Patrick', mobile: '06 12 34 56 02' };
const SCHOOL = 'Collège de démonstration Jean Moulin';
const LOGIN_ADDRESS = 'https://educonnect.education.gouv.fr';
const PRINT = 'Imprimer mon identifiant';
const PRINT_FAILED =
  "L'impression n'a pas fonctionné : notez votre identifiant ou prenez cet écran en photo.";

/** Replaces the browser's print dialog: counts the calls, or fails like a missing printer. */
async function recordPrints(page: Page, fail = false): Promise<void> {
  await page.evaluate((failing) => {
    const w = window as unknown as { prints: number; print: () => void };
    w.prints = 0;
    w.print = () => {
      w.prints += 1;
      if (failing) throw new Error('no printer');
    };
  }, fail);
}

const printCount = (page: Page) =>
  page.evaluate(() => (window as unknown as { prints: number }).prints);

/**
 * "Imprimer mon identifiant" pressed twice, the ticket printed each time: on A4 (the page's own
 * size rules) and on an 80 mm roll.
 */
async function printedTexts(page: Page, print = PRINT): Promise<{ a4: string; roll: string }> {
  const ticket = page.getByTestId('identifier-ticket');
  const printOn = async (options: Parameters<Page['pdf']>[0]) => {
    await button(page, print).click();
    await expect(ticket).toBeAttached();
    return pdfText(await page.pdf(options));
  };
  await recordPrints(page);
  const a4 = await printOn({ format: 'A4', preferCSSPageSize: true });
  const roll = await printOn({ width: '80mm', height: '200mm' });
  expect(await printCount(page)).toBe(2);
  return { a4, roll };
}

// NFKC: Chromium's PDF keeps typographic ligatures ("ﬁ"). A long address may wrap on the
// ticket's narrow width: it is compared without the line breaks.
const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ');
const unwrapped = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

function expectTicket(text: string, identifier: string, secrets: string[]): void {
  const printed = flat(text);
  expect(printed).toContain(SCHOOL);
  expect(printed).toContain(identifier);
  expect(unwrapped(text)).toContain(LOGIN_ADDRESS);
  expect(printed).toMatch(/Imprimé le \d{1,2} [a-zéû]+ \d{4}/);
  for (const secret of secrets) expect(printed).not.toContain(secret);
  // The ticket alone: nothing of the screen around it.
  expect(printed).not.toContain(FR.identifier.acknowledge);
  expect(printed).not.toContain(PRINT);
}

/** At 80 mm (302 CSS px), the printed ticket's lines stay within the paper. */
async function expectFitsRoll(page: Page): Promise<void> {
  await button(page, PRINT).click();
  const viewport = page.viewportSize();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 302, height: 1000 });
  const overflow = await page.getByTestId('identifier-ticket').evaluate((ticket) => {
    const right = ticket.getBoundingClientRect().right;
    return (
      [...ticket.querySelectorAll('p')].some(
        (line) => line.scrollWidth > line.clientWidth || line.getBoundingClientRect().right > right,
      ) || right > 302
    );
  });
  expect(overflow).toBe(false);
  // Back to no emulation: page.pdf() prints with print media only when none is emulated.
  await page.emulateMedia({ media: null });
  if (viewport) await page.setViewportSize(viewport);
}

/** The demo family's activation, up to the identifier screen: the code it used, the identifier. */
async function reachIdentifierScreen(page: Page): Promise<{ code: string; identifier: string }> {
  await startActivation(page);
  await requestCode(page, PATRICK);
  const code = await readDemoCode(page);
  await enterCode(page, code);
  const identifier = await confirmChildren(page, [{ firstName: 'Lucas', birthDate: '02/05/2012' }]);
  return { code, identifier };
}

test('the identifier ticket: after activation and after "Identifiant perdu", never a secret', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk({
    KIOSK_LOGIN_URL: LOGIN_ADDRESS,
    KIOSK_RESEND_COOLDOWN_SECONDS: '1',
  });
  await openKiosk(page, kiosk.url);
  const { code, identifier } = await reachIdentifierScreen(page);

  const activationTicket = await printedTexts(page);
  expectTicket(activationTicket.a4, identifier, [code]);
  expectTicket(activationTicket.roll, identifier, [code]);
  await expectFitsRoll(page);

  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await button(page, FR.done.finish).click();

  // "Identifiant perdu": the same ticket on the recovered identifier's screen.
  await requestIdentifierRecovery(page, PATRICK);
  const recoveryCode = await readDemoCode(page, [code]);
  await typeRecoveryCode(page, recoveryCode);
  await expect(heading(page, FR_RECOVERY.identifierDoneTitle)).toBeVisible();
  const recoveryTicket = await printedTexts(page);
  expectTicket(recoveryTicket.a4, identifier, [code, recoveryCode, GOOD_PASSWORD]);
  expectTicket(recoveryTicket.roll, identifier, [code, recoveryCode, GOOD_PASSWORD]);
});

test('a failed print is said in one sentence and the activation goes on', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  await reachIdentifierScreen(page);

  await recordPrints(page, true);
  await button(page, PRINT).click();
  await expect(page.getByRole('alert').filter({ hasText: PRINT_FAILED })).toHaveText(PRINT_FAILED);
  await acknowledgeIdentifier(page);
});

test("the ticket is printed in the visit's language", async ({ page, startDemoKiosk }) => {
  const m = CATALOGUE.pt;
  const kiosk = await startDemoKiosk({ KIOSK_LOGIN_URL: LOGIN_ADDRESS });
  await openKiosk(page, kiosk.url);
  await chooseLanguage(page, 'pt');
  await startActivationIn(page, m);
  await requestCodeIn(page, m, PATRICK);
  const code = await readDemoCodeIn(page, m);
  await enterCodeIn(page, m, code);
  await answerChildIn(page, m, { firstName: 'Lucas', birthDate: '02/05/2012' });
  await buttonIn(page, m.children.continue).click();
  await expect(headingIn(page, m.identifier.title)).toBeVisible();
  const identifier = await readIdentifierIn(page);

  const { a4 } = await printedTexts(page, m.ticket.print);
  const printed = flat(a4);
  expect(printed).toContain(identifier);
  expect(printed).toContain(m.ticket.heading);
  expect(printed).toContain(flat(m.ticket.keep));
  // The date in Portuguese, in Latin digits: "Impresso em 6 de dezembro de 2026".
  expect(printed).toMatch(/Impresso em \d{1,2} de [a-zç]+ de \d{4}/);
  expect(printed).not.toContain('Votre identifiant EduConnect');
  expect(printed).not.toContain(code);
  await expect(page.getByTestId('identifier-ticket')).toHaveAttribute('lang', 'pt');
});
