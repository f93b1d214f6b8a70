// Picks the gateway the school configured. Secrets come from the environment (S-DATA-1).
import type { Agent } from 'node:http';
import { ConfigError, type KioskSecrets, type KioskSettings } from '../config/kiosk-config';
import type { Clock } from '../platform/clock';
import { createAndroidGateway } from './android-gateway';
import { createDemoGateway, type DemoPhone } from './demo-gateway';
import { withSendRetries } from './retrying-sms-gateway';
import { attemptTimeoutMs } from './send-with-retry';
import type { SmsGateway } from './sms-gateway';

export type SmsGatewaySettings = Pick<
  KioskSettings,
  'smsProvider' | 'smsUrl' | 'smsUsername' | 'smsTimeoutSeconds' | 'codeTtlSeconds'
>;

export interface SmsGatewaySetup {
  /** Ready for the core: sends follow the retry policy within `smsTimeoutSeconds` overall. */
  gateway: SmsGateway;
  /** Only in demo mode: what the on-screen phone shows. */
  demoPhone?: DemoPhone;
}

/**
 * The gateway the settings name. `smsTimeoutSeconds` is the whole send's deadline (the parent
 * waits at the screen); each HTTP attempt gets a fraction of it (attemptTimeoutMs), so a
 * timed-out attempt leaves room for a retry. Settings come from loadKioskConfig, which already
 * refused the Android gateway without a URL.
 */
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
      if (!secrets.smsPassword) {
        throw new ConfigError(
          'KIOSK_SMS_PASSWORD is required when KIOSK_SMS_PROVIDER=android-gateway: set it to the password shown in the SMS Gateway app',
        );
      }
      const deadlineMs = settings.smsTimeoutSeconds * 1000;
      const gateway = createAndroidGateway({
        // Present: loadKioskConfig requires KIOSK_SMS_URL with this provider.
        baseUrl: settings.smsUrl as string,
        username: settings.smsUsername,
        password: secrets.smsPassword,
        timeoutMs: attemptTimeoutMs(deadlineMs),
        // A code that arrives after it expired only confuses the parent.
        ttlSeconds: settings.codeTtlSeconds,
        ...extras,
      });
      return { gateway: withSendRetries(gateway, { deadlineMs }) };
    }
    default: {
      const unknown: never = settings.smsProvider;
      throw new ConfigError(`Unknown SMS provider "${String(unknown)}"`);
    }
  }
}
