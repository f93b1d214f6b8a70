// Issue 13's end-to-end proof: two kiosks of one school, one hub on a real PostgreSQL. The
// secretary links kiosk A from the console's Réglages → Hub; the IT person links kiosk B from a
// shell (`npm run config -- hub enrol`). The roster is imported at A only and reaches B by the
// sync; a parent activates at A, and after A and B have synced, logs in at B with the identifier
// and password chosen at A. Nothing in the sync is faked: the kiosks' hosts, the hub's HTTP
// server and PostgreSQL are the real ones; only the SMS gateway is the loopback fake.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect, reachChildren, rightBirthDate } from './support/kiosk-test';
import {
  FR,
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  button,
  choosePassword,
  confirmChildren,
  heading,
  login,
  openKiosk,
} from './support/activation-steps';
import {
  CONSOLE_FR,
  createFirstStaffAccount,
  openSection,
  tapConsoleCorner,
} from './support/console-steps';
import { inTestKeychain, keychainEnv } from './support/kiosk-host';
import { startRealKioskOn, type RealKiosk } from './support/real-kiosk';
import {
  CAMILLE,
  HUGO,
  PATRICK,
  UAI,
  importRosterIntoNewDataDir,
  removeDataDir,
} from './support/roster-fixture';
import { startHub, type RunningHub } from './support/running-hub';

const run = promisify(execFile);

const HUB_FR = {
  title: 'Synchronisation avec le hub',
  hubUrl: 'Adresse du hub',
  code: 'Code d’inscription',
  kioskLabel: 'Nom de ce poste',
  enrol: 'Relier ce poste au hub',
  enrolled: 'Ce poste est relié au hub. Il s’y synchronise désormais tout seul.',
  syncNow: 'Synchroniser maintenant',
  lastSuccess: /^Dernière synchronisation réussie : aujourd’hui à /u,
  nothingWaiting: 'Toutes les modifications de ce poste ont été envoyées au hub.',
};

/** Each kiosk's console in its own browser context, as on its own machine. */
async function openConsole(
  browser: Browser,
  kiosk: RealKiosk,
  contexts: BrowserContext[],
): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await openKiosk(page, kiosk.url);
  await tapConsoleCorner(page);
  await createFirstStaffAccount(page, kiosk);
  await openSection(page, CONSOLE_FR.sections.settings);
  await expect(heading(page, HUB_FR.title)).toBeVisible();
  return page;
}

/**
 * "Synchroniser maintenant", waiting for that try's answer (not a state left by an earlier
 * try), then the state a secretary reads when it went well.
 */
async function syncNow(consolePage: Page): Promise<void> {
  const syncButton = consolePage.locator('[data-sync-now]');
  await expect(syncButton).toHaveText(HUB_FR.syncNow);
  const answered = consolePage.waitForResponse((response) =>
    response.url().endsWith('/api/call/console.syncNow'),
  );
  await syncButton.click();
  expect((await answered).ok()).toBe(true);
  await expect(consolePage.locator('[data-hub-notice]')).toHaveText(HUB_FR.lastSuccess);
  await expect(consolePage.locator('[data-sync-line="failing"]')).toHaveCount(0);
  await expect(consolePage.locator('[data-sync-line="last-success"]')).toHaveText(
    HUB_FR.lastSuccess,
  );
  await expect(consolePage.locator('[data-sync-line="waiting"]')).toHaveText(HUB_FR.nothingWaiting);
}

/** `npm run config -- hub enrol URL CODE --label NAME --data-dir DIR`, in the kiosk's keychain. */
async function enrolFromShell(
  dataDir: string,
  keychainDir: string,
  hub: RunningHub,
  code: string,
): Promise<string> {
  const cli = [
    process.execPath,
    'dist/main/config-cli.cjs',
    'hub',
    'enrol',
    hub.url,
    code,
    '--label',
    'Kiosque du préau',
    '--data-dir',
    dataDir,
  ];
  const { file, args } = inTestKeychain(cli);
  const { stdout } = await run(file, args, {
    env: { ...process.env, ...keychainEnv(keychainDir) },
    timeout: 30_000,
  });
  return stdout;
}

/** The first of several settled promises that failed, thrown; else their values. */
function allOrFirstFailure<T extends readonly unknown[]>(results: {
  [K in keyof T]: PromiseSettledResult<T[K]>;
}): T {
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

test('S-SYNC-1, S-SYNC-3: a parent who activated at kiosk A logs in at kiosk B of the same school after both synced through one hub on PostgreSQL', async ({
  page,
  browser,
}, testInfo) => {
  // About a minute alone; the margin is for a machine whose two cores also run another worker.
  test.setTimeout(120_000);
  const keychainA = mkdtempSync(join(tmpdir(), 'kiosk-e2e-keyring-a-'));
  const keychainB = mkdtempSync(join(tmpdir(), 'kiosk-e2e-keyring-b-'));
  const started: RealKiosk[] = [];
  const consoles: BrowserContext[] = [];
  let hub: RunningHub | undefined;
  let dataDirA: string | undefined;
  let dataDirB: string | undefined;
  try {
    // The hub and the two machines are set up at once, as in a school where the hub's
    // administrator and the secretaries each do their part; each console gets its first
    // secretariat account (from the start-up log's setup code) meanwhile.
    const hubReady = (async () => {
      hub = await startHub();
      await hub.addSchool(UAI, 'Collège Jean-Moulin');
      return hub;
    })();
    const kioskAReady = (async () => {
      // Kiosk A: the school's export imported there (and only there) by the roster CLI.
      dataDirA = await importRosterIntoNewDataDir();
      const kiosk = await startRealKioskOn(dataDirA, {}, { keychainDir: keychainA });
      started.push(kiosk);
      return { kiosk, console: await openConsole(browser, kiosk, consoles) };
    })();
    const kioskBReady = (async () => {
      // Kiosk B: a new machine, never given the export. Started once (it makes its database),
      // enrolled from a shell while stopped, started again.
      dataDirB = mkdtempSync(join(tmpdir(), 'kiosk-e2e-fresh-'));
      const first = await startRealKioskOn(dataDirB, {}, { keychainDir: keychainB });
      started.push(first);
      await first.stopHost();
      const readyHub = await hubReady;
      const printed = await enrolFromShell(
        dataDirB,
        keychainB,
        readyHub,
        await readyHub.enrolmentCode(UAI),
      );
      expect(printed).toContain(`school ${UAI} (Collège Jean-Moulin)`);
      const kiosk = await startRealKioskOn(dataDirB, {}, { keychainDir: keychainB });
      started.push(kiosk);
      return { kiosk, console: await openConsole(browser, kiosk, consoles) };
    })();
    const [readyHub, a, b] = allOrFirstFailure(
      await Promise.allSettled([hubReady, kioskAReady, kioskBReady] as const),
    );
    const { kiosk: kioskA, console: consoleA } = a;
    const { kiosk: kioskB, console: consoleB } = b;

    // A's secretary links A to the hub, typing its address and the code she was given.
    await consoleA.getByLabel(HUB_FR.hubUrl, { exact: true }).fill(readyHub.url);
    await consoleA.getByLabel(HUB_FR.code, { exact: true }).fill(await readyHub.enrolmentCode(UAI));
    await consoleA.getByLabel(HUB_FR.kioskLabel, { exact: true }).fill('Kiosque du hall');
    await button(consoleA, HUB_FR.enrol).click();
    await expect(consoleA.locator('[data-hub-notice]')).toHaveText(HUB_FR.enrolled);
    await expect(consoleA.getByText(`Collège Jean-Moulin (${UAI})`)).toBeVisible();
    // The roster goes up; the hub's reservations for its guardians come back.
    await syncNow(consoleA);

    // B is linked (from the shell) and gets the roster by pulling it: no demo roster any more.
    await expect(consoleB.getByText(`Collège Jean-Moulin (${UAI})`)).toBeVisible();
    await expect(consoleB.getByText('Kiosque du préau', { exact: true })).toBeVisible();
    await syncNow(consoleB);
    await openKiosk(page, kioskB.url);
    await expect(page.locator('.demo-banner')).toHaveCount(0);

    // The parent activates at A with the SMS the school's gateway sent.
    await openKiosk(page, kioskA.url);
    await reachChildren(page, kioskA, PATRICK, { lastName: 'Dupont', firstName: 'Patrick' });
    const identifier = await confirmChildren(page, [rightBirthDate(CAMILLE), rightBirthDate(HUGO)]);
    await acknowledgeIdentifier(page);
    await choosePassword(page, GOOD_PASSWORD);
    expect(kioskA.gateway.received).toHaveLength(1);

    // A sends the account, B receives it; the parent logs in at B.
    await syncNow(consoleA);
    await syncNow(consoleB);
    await openKiosk(page, kioskB.url);
    await login(page, identifier, GOOD_PASSWORD, PATRICK.firstName);
    await expect(page.getByText(CAMILLE.firstName)).toBeVisible();
    await expect(page.getByText(HUGO.firstName)).toBeVisible();
    await expect(page.getByText(FR.demoBanner)).toHaveCount(0);
    // B sent no SMS: the account came from A.
    expect(kioskB.gateway.received).toHaveLength(0);
  } catch (error) {
    // A failed run carries what each host and the hub printed (their English log lines).
    const logs = started.map((kiosk, i) => [`kiosk host ${i + 1}`, kiosk.host.output()]);
    if (hub) logs.push(['hub', hub.output()]);
    for (const [name, body] of logs) {
      await testInfo.attach(`${name} log`, {
        body: body || '(nothing)',
        contentType: 'text/plain',
      });
    }
    throw error;
  } finally {
    await Promise.allSettled(consoles.map((context) => context.close()));
    const closing = await Promise.allSettled(started.reverse().map((kiosk) => kiosk.close()));
    await hub?.stop();
    removeDataDir(dataDirA);
    removeDataDir(dataDirB);
    rmSync(keychainA, { recursive: true, force: true });
    rmSync(keychainB, { recursive: true, force: true });
    const failure = closing.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
  }
});
