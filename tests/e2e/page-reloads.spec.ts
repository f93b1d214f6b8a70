// Issue 11, item 2: a kiosk is never locked out by its own reloads (a child tapping reload, a
// kiosk browser restarted by its watchdog) nor by a local process opening sessions: each page
// load's session ends with the page, and the idlest parent session gives way to a new page.
import { request } from 'node:http';
import type { Page } from '@playwright/test';
import { test, expect, reachChildren, rightBirthDate } from './support/kiosk-test';
import type { RealKiosk } from './support/real-kiosk';
import { probeSession } from './support/session-probe';
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

/** A local process calling the host as the page does (same origin headers): the HTTP status. */
function postFromOutside(url: string, path: string, headers: Record<string, string> = {}) {
  const origin = url.replace(/\/$/, '');
  return new Promise<number>((resolve, reject) => {
    const req = request(`${origin}${path}`, {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'application/json', ...headers },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end('{}');
  });
}

// A trace of 500 page loads would cost more than the loads themselves.
test.use({ trace: 'off' });

// FIXME (issue 11, item 2, left open): in 3 of 5 runs a page stayed on "Chargement…" for 10 s
// after reload 424 to 500 (once with the machine idle), never before reload 400. Whether the
// host or the browser is stuck is not known yet; the host's side (500 release cycles, 600
// sessions never released, the staff login kept) is covered by page-sessions.test.ts and by
// the raw-HTTP case below, which pass.
test.fixme('500 reloads of the kiosk page, then a full activation', async ({
  page,
  startKiosk,
}) => {
  // About 5 minutes on a quiet 2-core machine; far more when the machine is shared.
  test.setTimeout(1_500_000);
  const kiosk = await startKiosk();
  const probe = probeSession(page);
  await openKiosk(page, kiosk.url);
  // The page that went away released its session: the host no longer knows it.
  const first = probe.session ?? '';
  expect(first).not.toBe('');
  await page.reload();
  await expect(loginHeading(page)).toBeVisible();
  await expect
    .poll(() => postFromOutside(kiosk.url, '/api/call/kiosk.status', { 'X-Kiosk-Session': first }))
    .toBe(401);
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
  for (let i = 0; i < 500; i += 1) statuses.push(await postFromOutside(kiosk.url, '/api/session'));
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
  await openKiosk(page, kiosk.url);
  await activateAndLogIn(page, kiosk);
});
