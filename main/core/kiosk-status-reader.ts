import type { KioskStatus } from '../../shared/kiosk-status';
import type { KioskSettings } from '../config/kiosk-config';
import type { KioskDatabase } from '../database/open-database';
import { codeValidityMinutes } from '../policy/code-timing';
import { smsSendRefusal } from '../sms/sms-send-refusal';

/** What the welcome screen and the idle timer need to know about this kiosk. */
export function createKioskStatusReader(
  db: KioskDatabase,
  settings: KioskSettings,
  smsProvider: string,
) {
  const schoolNames = db
    .prepare('SELECT name FROM schools WHERE name IS NOT NULL ORDER BY name')
    .pluck();
  return (demoMode: boolean): KioskStatus => ({
    demoMode,
    realGatewayOnDemoRoster:
      smsSendRefusal(smsProvider, demoMode) === 'real-gateway-with-demo-roster',
    kioskName: settings.kioskName,
    schoolNames: schoolNames.all() as string[],
    idleSeconds: settings.idleSeconds,
    idleWarningSeconds: settings.idleWarningSeconds,
    codeValidityMinutes: codeValidityMinutes(settings.codeTtlSeconds),
    resendCooldownSeconds: settings.resendCooldownSeconds,
  });
}
