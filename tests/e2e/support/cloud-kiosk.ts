// A kiosk as a school runs it with a cloud SMS provider: the SIECLE fixture roster imported, SMS
// through that provider's loopback fake, configured only through KIOSK_* environment variables
// as the README tells a school's IT person (base URL pointed at the fake).
import { startFakeBrevo } from '../../fakes/fake-brevo';
import { startFakeOvh } from '../../fakes/fake-ovh';
import type { FakeSmsProvider } from '../../fakes/fake-provider-server';
import { startFakeSmsmode } from '../../fakes/fake-smsmode';
import { startFakeTwilio } from '../../fakes/fake-twilio';
import { startKioskHost, type RunningKiosk } from './kiosk-host';
import {
  DEFAULT_GUARDIANS,
  importRosterIntoNewDataDir,
  removeDataDir,
  type FixtureGuardian,
} from './roster-fixture';

export type CloudProvider = 'twilio' | 'ovh' | 'smsmode' | 'brevo';
export const CLOUD_PROVIDERS: readonly CloudProvider[] = ['twilio', 'ovh', 'smsmode', 'brevo'];

const PASSWORD_PEPPER = 'e2e-pepper-0123456789-abcdefghijklmnopqrstuvwxyz';
const TWILIO_SID = `AC${'e2e0'.repeat(8)}`;
const SENDER = 'COLLEGE';

/** The fake, and the settings and secrets that point the kiosk at it. */
async function startProvider(
  provider: CloudProvider,
): Promise<{ fake: FakeSmsProvider; env: Record<string, string> }> {
  switch (provider) {
    case 'twilio': {
      const fake = await startFakeTwilio({
        accountSid: TWILIO_SID,
        authToken: 'e2e-twilio-token',
        senders: [SENDER],
      });
      return {
        fake,
        env: {
          KIOSK_TWILIO_BASE_URL: fake.url,
          KIOSK_TWILIO_ACCOUNT_SID: TWILIO_SID,
          KIOSK_TWILIO_AUTH_TOKEN: 'e2e-twilio-token',
        },
      };
    }
    case 'ovh': {
      const fake = await startFakeOvh({
        applicationKey: 'e2eAppKey42',
        applicationSecret: 'e2e-ovh-secret',
        consumerKey: 'e2e-ovh-consumer',
        serviceName: 'sms-e2e1234-1',
        skewSeconds: -120,
      });
      return {
        fake,
        env: {
          KIOSK_OVH_BASE_URL: fake.url,
          KIOSK_OVH_SERVICE_NAME: 'sms-e2e1234-1',
          KIOSK_OVH_APPLICATION_KEY: 'e2eAppKey42',
          KIOSK_OVH_APPLICATION_SECRET: 'e2e-ovh-secret',
          KIOSK_OVH_CONSUMER_KEY: 'e2e-ovh-consumer',
        },
      };
    }
    case 'smsmode': {
      const fake = await startFakeSmsmode({ apiKey: 'e2e-smsmode-key' });
      return {
        fake,
        env: { KIOSK_SMSMODE_BASE_URL: fake.url, KIOSK_SMSMODE_API_KEY: 'e2e-smsmode-key' },
      };
    }
    case 'brevo': {
      const fake = await startFakeBrevo({ apiKey: 'e2e-brevo-key' });
      return {
        fake,
        env: { KIOSK_BREVO_BASE_URL: fake.url, KIOSK_BREVO_API_KEY: 'e2e-brevo-key' },
      };
    }
  }
}

export interface CloudKiosk {
  url: string;
  provider: CloudProvider;
  fake: FakeSmsProvider;
  host: RunningKiosk;
  close(): Promise<void>;
}

export async function startCloudKiosk(
  provider: CloudProvider,
  env: Record<string, string> = {},
  guardians: readonly FixtureGuardian[] = DEFAULT_GUARDIANS,
): Promise<CloudKiosk> {
  const dataDir = await importRosterIntoNewDataDir(guardians);
  const { fake, env: providerEnv } = await startProvider(provider);
  let host: RunningKiosk;
  try {
    host = await startKioskHost(
      {
        KIOSK_SMS_PROVIDER: provider,
        KIOSK_SMS_SENDER: SENDER,
        KIOSK_PASSWORD_PEPPER: PASSWORD_PEPPER,
        ...providerEnv,
        ...env,
      },
      { dataDir },
    );
  } catch (error) {
    await fake.close();
    removeDataDir(dataDir);
    throw error;
  }
  let closed = false;
  return {
    url: host.url,
    provider,
    fake,
    host,
    async close() {
      if (closed) return;
      closed = true;
      await host.stop();
      await fake.close();
      removeDataDir(dataDir);
    },
  };
}
