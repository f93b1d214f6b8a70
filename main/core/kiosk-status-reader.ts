import type { KioskStatus } from '../../shared/kiosk-status';
import type { KioskSettings } from '../config/kiosk-config';
import type { KioskDatabase } from '../database/open-database';
import { codeValidityMinutes } from '../flows/activation-view-builder';

/** What the welcome screen and the idle timer need to know about this kiosk. */
export function readKioskStatus(
  db: KioskDatabase,
  settings: KioskSettings,
  demoMode: boolean,
): KioskStatus {
  const schoolNames = (
    db.prepare('SELECT name FROM schools WHERE name IS NOT NULL ORDER BY name').all() as {
      name: string;
    }[]
  ).map((row) => row.name);
  return {
    demoMode,
    kioskName: settings.kioskName,
    schoolNames,
    idleSeconds: settings.idleSeconds,
    idleWarningSeconds: settings.idleWarningSeconds,
    codeValidityMinutes: codeValidityMinutes(settings.codeTtlSeconds),
    resendCooldownSeconds: settings.resendCooldownSeconds,
  };
}
