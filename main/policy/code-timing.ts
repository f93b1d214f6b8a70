// The SMS code's timing, one home for both flows (activation and recovery) and the kiosk's
// status screen: how long a code works (S-OTP-2) and when "Renvoyer le code" opens (S-RATE-2).
import type { KioskSettings } from '../config/kiosk-config';
import { addSeconds } from '../platform/clock';

type CodeSettings = Pick<KioskSettings, 'codeTtlSeconds' | 'resendCooldownSeconds'>;

/** The validity the SMS and the screens state, in whole minutes ("valable 30 minutes"). */
export const codeValidityMinutes = (codeTtlSeconds: number): number =>
  Math.round(codeTtlSeconds / 60);

/** S-OTP-2: a code sent at `sentAt` stops working at this instant. */
export const codeExpiresAt = (sentAt: Date, settings: Pick<CodeSettings, 'codeTtlSeconds'>): Date =>
  addSeconds(sentAt, settings.codeTtlSeconds);

/** "Renvoyer le code" opens this long after the last send (or withheld send) of the flow. */
export const resendAvailableAt = (
  sentAt: Date,
  settings: Pick<CodeSettings, 'resendCooldownSeconds'>,
): Date => addSeconds(sentAt, settings.resendCooldownSeconds);
