// Settings a school may change but that weaken a protection when set below (or above) what the
// security requirements give: the kiosk still starts (the end-to-end tests shorten waits), but
// says so at every start, in English, for the IT person reading the console.
import type { KioskSettings } from '../config/kiosk-config';
import { ENV_NAMES } from '../config/kiosk-config';
import {
  MAX_CODE_TTL_SECONDS,
  MAX_IDENTITY_FAILURES_BEFORE_COOLDOWN,
  MAX_LOGIN_FAILURES_BEFORE_DELAY,
  MIN_IDENTITY_RESPONSE_FLOOR_MS,
  MIN_IDLE_WARNING_SECONDS,
  MIN_RESEND_GAP_SECONDS,
} from './security-limits';

interface Limit {
  key: keyof KioskSettings;
  /** True when the value weakens the protection. */
  weakened: (value: number) => boolean;
  why: string;
}

const LIMITS: Limit[] = [
  {
    key: 'resendCooldownSeconds',
    weakened: (value) => value < MIN_RESEND_GAP_SECONDS,
    why: `below the ${MIN_RESEND_GAP_SECONDS} s between two SMS to one number (S-RATE-2)`,
  },
  {
    key: 'codeTtlSeconds',
    weakened: (value) => value > MAX_CODE_TTL_SECONDS,
    why: `codes stay valid longer than the ${MAX_CODE_TTL_SECONDS / 60} minutes of the walkthrough (S-OTP-2)`,
  },
  {
    key: 'identityFailuresBeforeCooldown',
    weakened: (value) => value > MAX_IDENTITY_FAILURES_BEFORE_COOLDOWN,
    why: `more than ${MAX_IDENTITY_FAILURES_BEFORE_COOLDOWN} failed identity checks before a pause (S-RATE-3)`,
  },
  {
    key: 'identityResponseFloorMs',
    weakened: (value) => value < MIN_IDENTITY_RESPONSE_FLOOR_MS,
    why: `below ${MIN_IDENTITY_RESPONSE_FLOOR_MS} ms, answer times may tell a roster match from a mismatch (S-ENUM-1)`,
  },
  {
    key: 'idleWarningSeconds',
    weakened: (value) => value < MIN_IDLE_WARNING_SECONDS,
    why: `"Êtes-vous toujours là ?" must stay at least ${MIN_IDLE_WARNING_SECONDS} s before the reset (S-KIOSK-1)`,
  },
  {
    key: 'loginFailuresBeforeDelay',
    weakened: (value) => value > MAX_LOGIN_FAILURES_BEFORE_DELAY,
    why: `more than ${MAX_LOGIN_FAILURES_BEFORE_DELAY} failed logins before a delay (S-RATE-1)`,
  },
];

/** One warning line per setting that weakens a protection. */
export function weakenedLimitWarnings(settings: KioskSettings): string[] {
  return LIMITS.filter((limit) => limit.weakened(settings[limit.key] as number)).map(
    (limit) =>
      `WARNING: ${limit.key} (${ENV_NAMES[limit.key]}) = ${String(settings[limit.key])}: ${limit.why}.`,
  );
}
