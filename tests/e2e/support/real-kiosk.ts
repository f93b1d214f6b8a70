// A kiosk as a school runs it: a SIECLE roster imported by the CLI into a fresh data dir, SMS
// through the (fake, loopback) Android gateway, the school's own password pepper. Each test gets
// its own data dir, host and gateway (tests run in parallel workers).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeAndroidGateway, type FakeAndroidGateway } from '../../fakes/fake-android-gateway';
import { startKioskHost, type RunningKiosk } from './kiosk-host';
import {
  DEFAULT_GUARDIANS,
  importRosterIntoNewDataDir,
  removeDataDir,
  type FixtureGuardian,
} from './roster-fixture';

const GATEWAY_USERNAME = 'kiosque';
const GATEWAY_PASSWORD = 'e2e-gateway-secret';
const PASSWORD_PEPPER = 'e2e-pepper-0123456789-abcdefghijklmnopqrstuvwxyz';

export interface RealKiosk {
  url: string;
  dataDir: string;
  gateway: FakeAndroidGateway;
  host: RunningKiosk;
  /** Stops the host (so its database is closed) but keeps the data dir for inspection. */
  stopHost(): Promise<void>;
  /** Stops everything and removes the data dir. Safe to call twice. */
  close(): Promise<void>;
}

export async function startRealKiosk(
  env: Record<string, string> = {},
  guardians: readonly FixtureGuardian[] = DEFAULT_GUARDIANS,
): Promise<RealKiosk> {
  return startRealKioskOn(await importRosterIntoNewDataDir(guardians), env);
}

/** The same kiosk on a new data dir: no roster imported yet (the demo one until an import). */
export async function startFreshRealKiosk(env: Record<string, string> = {}): Promise<RealKiosk> {
  return startRealKioskOn(mkdtempSync(join(tmpdir(), 'kiosk-e2e-fresh-')), env);
}

/** The same kiosk on a data dir that already holds an imported roster (e.g. an ONDE one). */
export async function startRealKioskOn(
  dataDir: string,
  env: Record<string, string> = {},
  hostOptions: { keychainDir?: string } = {},
): Promise<RealKiosk> {
  const gateway = await startFakeAndroidGateway({
    username: GATEWAY_USERNAME,
    password: GATEWAY_PASSWORD,
  });
  let host: RunningKiosk;
  try {
    host = await startKioskHost(
      {
        KIOSK_SMS_PROVIDER: 'android-gateway',
        KIOSK_SMS_URL: gateway.url,
        KIOSK_SMS_USERNAME: GATEWAY_USERNAME,
        KIOSK_SMS_PASSWORD: GATEWAY_PASSWORD,
        KIOSK_PASSWORD_PEPPER: PASSWORD_PEPPER,
        ...env,
      },
      { dataDir, ...hostOptions },
    );
  } catch (error) {
    await gateway.close();
    removeDataDir(dataDir);
    throw error;
  }
  let hostStopped = false;
  let closed = false;
  const stopHost = async () => {
    if (hostStopped) return;
    hostStopped = true;
    await host.stop();
  };
  return {
    url: host.url,
    dataDir,
    gateway,
    host,
    stopHost,
    async close() {
      if (closed) return;
      closed = true;
      await stopHost();
      await gateway.close();
      removeDataDir(dataDir);
    },
  };
}
