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

/** The session of the page's next load, read from its first kiosk.status call. */
const sessionOfNextLoad = (page: Page): Promise<string> =>
  page
    .waitForRequest((request) => request.url().endsWith('/api/call/kiosk.status'), {
      timeout: RELOAD_TIMEOUT_MS,
    })
    .then((request) => request.headers()['x-kiosk-session'] ?? '');

// Each reload gets a minute (a reload averaged up to 5 s over 25 in a row on the shared 2-core
// machine at load average 20), and the spec proves that the pages' sessions end with the pages
// (sampled ones unknown to the host afterwards), which keeps the host from filling up.
//
// This spec once failed late in about half of its runs: a page stopped getting any answer for
// 30 to 50 s. The host had answered every request at once; Chromium's renderer process, which
// every reload of the tab reuses and which had grown by about 8 MB per reload, was busy on its
// main thread for that long (no timer ran, no answer was delivered). Each load declared 258
// @font-face rules (516 font files, a font resource each); the stylesheet now declares 26
// (renderer/src/styles/main.css, tests/unit/renderer/font-declarations.test.ts;
// docs-pending/reloads.md has the evidence and the runs).
const RELOAD_TIMEOUT_MS = 60_000;
const RELOADS = 500;
const SAMPLE_EVERY = 50;

test('500 reloads of the kiosk page, then a full activation', async ({ page, startKiosk }) => {
  // About 5 minutes on a quiet 2-core machine; far more when the machine is shared.
  test.setTimeout(3_000_000);
  const kiosk = await startKiosk();
  const firstLoad = sessionOfNextLoad(page);
  await openKiosk(page, kiosk.url);
  // The page that went away released its session: the host no longer knows it.
  const first = await firstLoad;
  expect(first).not.toBe('');
  const gonePages = [first];
  for (let reload = 1; reload <= RELOADS; reload += 1) {
    const sampled = reload % SAMPLE_EVERY === SAMPLE_EVERY - 1;
    const session = sampled ? sessionOfNextLoad(page) : null;
    await page.reload();
    // The login screen shows only once the page's session answered kiosk.status.
    await expect(loginHeading(page), `after reload ${reload}`).toBeVisible({
      timeout: RELOAD_TIMEOUT_MS,
    });
    if (session !== null) gonePages.push(await session);
  }
  // Fewer than the host's 64 sessions were opened since the latest sampled page: had pages
  // not released their sessions, the latest ones would still be open (only eviction would
  // have ended the older ones).
  expect(gonePages).toHaveLength(1 + RELOADS / SAMPLE_EVERY);
  for (const gone of gonePages) {
    await expect
      .poll(() => postFromOutside(kiosk.url, '/api/call/kiosk.status', { 'X-Kiosk-Session': gone }))
      .toBe(401);
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
