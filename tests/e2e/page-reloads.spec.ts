// Issue 11, item 2: a kiosk is never locked out by its own reloads (a child tapping reload, a
// kiosk browser restarted by its watchdog) nor by a local process opening sessions: each page
// load's session ends with the page, and the idlest parent session gives way to a new page.
import { request } from 'node:http';
import type { Page } from '@playwright/test';
import { test, expect, reachChildren, rightBirthDate } from './support/kiosk-test';
import type { RealKiosk } from './support/real-kiosk';
import { CAMILLE, HUGO, PATRICK } from './support/roster-fixture';
import {
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  choosePassword,
  confirmChildren,
  login,
  loginHeading,
  logout,
  openKiosk,
} from './support/activation-steps';

/** The seed walkthrough's activation, from the login screen to a logged-in parent. */
async function activateAndLogIn(page: Page, kiosk: RealKiosk): Promise<void> {
  await reachChildren(page, kiosk, PATRICK, { lastName: 'Dupont', firstName: 'Patrick' });
  const identifier = await confirmChildren(page, [rightBirthDate(CAMILLE), rightBirthDate(HUGO)]);
  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await login(page, identifier, GOOD_PASSWORD, 'Patrick');
  await expect(page.getByText(CAMILLE.firstName)).toBeVisible();
  await logout(page);
}

/** A local process asking the host for a session, as the page does (same origin headers). */
function openSessionFromOutside(url: string): Promise<number> {
  const origin = url.replace(/\/$/, '');
  return new Promise((resolve, reject) => {
    const req = request(`${origin}/api/session`, { method: 'POST', headers: { Origin: origin } });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

test('500 reloads of the kiosk page, then a full activation', async ({ page, startKiosk }) => {
  test.setTimeout(600_000);
  const kiosk = await startKiosk();
  await openKiosk(page, kiosk.url);
  for (let reload = 1; reload <= 500; reload += 1) {
    await page.reload();
    // The login screen shows only once the page's session answered kiosk.status.
    await expect(loginHeading(page), `after reload ${reload}`).toBeVisible();
  }
  await activateAndLogIn(page, kiosk);
});

test('500 sessions opened by a local process and never released, then a full activation', async ({
  page,
  startKiosk,
}) => {
  test.setTimeout(180_000);
  const kiosk = await startKiosk();
  const statuses: number[] = [];
  for (let i = 0; i < 500; i += 1) statuses.push(await openSessionFromOutside(kiosk.url));
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
  await openKiosk(page, kiosk.url);
  await activateAndLogIn(page, kiosk);
});
