// Settings a school may change but that weaken a protection when set below (or above) what the
// security requirements give: the kiosk still starts (the end-to-end tests shorten waits), but
// says so at every start, in English, for the IT person reading the console.
import type { KioskSettings } from '../config/kiosk-config';
import { ENV_NAMES } from '../config/kiosk-config';

interface Limit {
  key: keyof KioskSettings;
  /** True when the value weakens the protection. */
  weakened: (value: number) => boolean;
  why: string;
}

const LIMITS: Limit[] = [
  {
    key: 'resendCooldownSeconds',
    weakened: (value) => value < 60,
    why: 'below the 60 s between two SMS to one number (S-RATE-2)',
  },
  {
    key: 'codeTtlSeconds',
    weakened: (value) => value > 1800,
    why: 'codes stay valid longer than the 30 minutes of the walkthrough (S-OTP-2)',
  },
  {
    key: 'identityFailuresBeforeCooldown',
    weakened: (value) => value > 5,
    why: 'more than 5 failed identity checks before a pause (S-RATE-3)',
  },
  {
    key: 'identityResponseFloorMs',
    weakened: (value) => value < 1000,
    why: 'below 1000 ms, answer times may tell a roster match from a mismatch (S-ENUM-1)',
  },
  {
    key: 'idleWarningSeconds',
    weakened: (value) => value < 20,
    why: '"Êtes-vous toujours là ?" must stay at least 20 s before the reset (S-KIOSK-1)',
  },
  {
    key: 'loginFailuresBeforeDelay',
    weakened: (value) => value > 10,
    why: 'more than 10 failed logins before a delay (S-RATE-1)',
  },
];

/** One warning line per setting that weakens a protection. */
export function weakenedLimitWarnings(settings: KioskSettings): string[] {
  return LIMITS.filter((limit) => limit.weakened(settings[limit.key] as number)).map(
    (limit) =>
      `WARNING: ${limit.key} (${ENV_NAMES[limit.key]}) = ${String(settings[limit.key])}: ${limit.why}.`,
  );
}
