// Picks the gateway the school configured. Secrets come from the environment (S-DATA-1).
import type { Agent } from 'node:http';
import { ConfigError, type KioskSecrets, type KioskSettings } from '../config/kiosk-config';
import type { Clock } from '../platform/clock';
import { createAndroidGateway } from './android-gateway';
import { createDemoGateway, type DemoPhone } from './demo-gateway';
import type { SmsGateway } from './sms-gateway';

export type SmsGatewaySettings = Pick<
  KioskSettings,
  'smsProvider' | 'smsUrl' | 'smsUsername' | 'smsTimeoutSeconds' | 'codeTtlSeconds'
>;

export interface SmsGatewaySetup {
  gateway: SmsGateway;
  /** Only in demo mode: what the on-screen phone shows. */
  demoPhone?: DemoPhone;
}

export function createSmsGateway(
  settings: SmsGatewaySettings,
  secrets: Pick<KioskSecrets, 'smsPassword'>,
  clock: Clock,
  extras: { httpAgent?: Agent; log?: (line: string) => void } = {},
): SmsGatewaySetup {
  switch (settings.smsProvider) {
    case 'demo': {
      const demo = createDemoGateway(clock);
      return { gateway: demo, demoPhone: { inbox: (afterId) => demo.inbox(afterId) } };
    }
    case 'android-gateway': {
      if (!settings.smsUrl) {
        throw new ConfigError('KIOSK_SMS_URL is required when KIOSK_SMS_PROVIDER=android-gateway');
      }
      if (!secrets.smsPassword) {
        throw new ConfigError(
          'KIOSK_SMS_PASSWORD is required when KIOSK_SMS_PROVIDER=android-gateway: set it to the password shown in the SMS Gateway app',
        );
      }
      const gateway = createAndroidGateway({
        baseUrl: settings.smsUrl,
        username: settings.smsUsername,
        password: secrets.smsPassword,
        timeoutMs: settings.smsTimeoutSeconds * 1000,
        // A code that arrives after it expired only confuses the parent.
        ttlSeconds: settings.codeTtlSeconds,
        ...extras,
      });
      return { gateway };
    }
    default: {
      const unknown: never = settings.smsProvider;
      throw new ConfigError(`Unknown SMS provider "${String(unknown)}"`);
    }
  }
}
