// The Playwright `test` every browser-host spec uses: fixtures that start a kiosk for the test
// and always stop it afterwards (even when the test fails), plus the common walk from the login
// screen to the children screen. A spec asks for what it needs:
//
//   test('…', async ({ page, startKiosk }) => {
//     const kiosk = await startKiosk({ KIOSK_CODE_TTL_SECONDS: '2' });
//     await openKiosk(page, kiosk.url);
//     await reachChildren(page, kiosk, PATRICK, { lastName: 'Dupont', firstName: 'Patrick' });
//
// Each call starts its own kiosk (data dir, host and gateway), so a test may start several.
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import {
  enterCode,
  requestCode,
  startActivation,
  type ChildAnswer,
  type Identity,
} from './activation-steps';
import { startKioskHost, type RunningKiosk } from './kiosk-host';
import { startFreshRealKiosk, startRealKiosk, type RealKiosk } from './real-kiosk';
import type { FixtureGuardian, FixtureStudent } from './roster-fixture';

export interface KioskFixtures {
  /**
   * A kiosk as a school runs it (real-kiosk.ts): the SIECLE fixture roster imported, SMS through
   * the fake Android gateway. `env` adds or overrides KIOSK_* settings; `guardians` replaces the
   * default roster. Closed (host, gateway, data dir) after the test.
   */
  startKiosk: (
    env?: Record<string, string>,
    guardians?: readonly FixtureGuardian[],
  ) => Promise<RealKiosk>;
  /** A kiosk in demo mode (bundled fictional roster, on-screen phone). Stopped after the test. */
  startDemoKiosk: (env?: Record<string, string>) => Promise<RunningKiosk>;
  /**
   * A school's kiosk at its first start, before any import: a new data dir (so the demo roster),
   * already set up with its pepper and the (fake) Android gateway, as the README's going-live
   * steps leave it. The secretary imports the school's export from the console.
   */
  startFreshKiosk: (env?: Record<string, string>) => Promise<RealKiosk>;
}

/** Runs `use` with a starter that remembers what it started, then stops all of it. */
async function withStopAfterwards<Started, Args extends unknown[]>(
  start: (...args: Args) => Promise<Started>,
  stop: (started: Started) => Promise<void>,
  use: (starter: (...args: Args) => Promise<Started>) => Promise<void>,
  afterUse: (started: Started, index: number) => Promise<void> = async () => {},
): Promise<void> {
  const started: Started[] = [];
  try {
    await use(async (...args) => {
      const kiosk = await start(...args);
      started.push(kiosk);
      return kiosk;
    });
  } finally {
    await Promise.allSettled(started.map(afterUse));
    const results = await Promise.allSettled(started.reverse().map(stop));
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
  }
}

/**
 * A failed test carries each kiosk host's own output (its English log lines), so an INTERNAL on
 * screen can be told apart: logged by the host with its cause, or never seen by the host (the
 * browser's request failed, e.g. because a timed-out test was still clicking while this fixture
 * stopped the host).
 */
const attachHostLog =
  <Started>(testInfo: TestInfo, output: (kiosk: Started) => string) =>
  async (kiosk: Started, index: number): Promise<void> => {
    if (testInfo.status === testInfo.expectedStatus) return;
    await testInfo.attach(`kiosk host ${index + 1} log`, {
      body: output(kiosk) || '(the host printed nothing)',
      contentType: 'text/plain',
    });
  };

export const test = base.extend<KioskFixtures>({
  // Playwright reads a fixture's dependencies from its first parameter: it must be a pattern.
  startKiosk: async ({}, use, testInfo) => {
    await withStopAfterwards(
      startRealKiosk,
      (kiosk) => kiosk.close(),
      use,
      attachHostLog(testInfo, (kiosk: RealKiosk) => kiosk.host.output()),
    );
  },
  startFreshKiosk: async ({}, use, testInfo) => {
    await withStopAfterwards(
      startFreshRealKiosk,
      (kiosk) => kiosk.close(),
      use,
      attachHostLog(testInfo, (kiosk: RealKiosk) => kiosk.host.output()),
    );
  },
  startDemoKiosk: async ({}, use, testInfo) => {
    await withStopAfterwards(
      startKioskHost,
      (kiosk) => kiosk.stop(),
      use,
      attachHostLog(testInfo, (kiosk: RunningKiosk) => kiosk.output()),
    );
  },
});

export { expect };

/**
 * From the login screen: "Créer mon compte", the identity as the parent types it (the mobile
 * defaults to the one in the export), "Valider", then the code the fake gateway delivered to
 * `guardian`'s mobile, up to the children screen. Returns that code.
 */
export async function reachChildren(
  page: Page,
  kiosk: RealKiosk,
  guardian: FixtureGuardian,
  typed: Omit<Identity, 'mobile'> & { mobile?: string },
): Promise<string> {
  await startActivation(page);
  await requestCode(page, { ...typed, mobile: typed.mobile ?? guardian.mobile });
  const code = kiosk.gateway.lastCodeFor(guardian.mobileE164);
  if (code === undefined) throw new Error(`no SMS code reached ${guardian.mobileE164}`);
  await enterCode(page, code);
  return code;
}

/** "Oui" with the child's real birth date, as exported. */
export const rightBirthDate = (student: FixtureStudent): ChildAnswer => ({
  firstName: student.firstName,
  birthDate: student.birthDate,
});
