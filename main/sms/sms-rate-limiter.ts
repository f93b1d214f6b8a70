import type { KioskSettings } from '../config/kiosk-config';
import type { KioskDatabase } from '../database/open-database';
import { secondsUntil } from '../policy/security-limits';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * S-RATE-2: per phone number at most N sends per hour and M per day, every attempt counted
 * (failed ones too: a failing number must not be hammered), and at least `resendCooldownSeconds`
 * between two sends to it, across flows and sessions (start → identity → "Valider" → start
 * again must not send a second SMS seconds later). Per kiosk at most K per hour.
 * The gap and the kiosk ceiling count every send the provider accepted or may still accept:
 * 'accepted', 'pending' and 'uncertain' (the send gave up while the phone may have taken it, so
 * a new tap must not send a second code). Only 'failed' (surely not sent) is left out of them,
 * so a gateway that was unreachable can be retried at once and costs nothing.
 * A recovery by identifier is counted the same way against a keyed hash of the typed
 * identifier (sms_log.identifier_key), whether a code was sent or withheld (S-ENUM-4).
 * Sliding windows over sms_log, using its (phone_e164 | identifier_key, created_at) and
 * (created_at) indexes.
 */
export function createSmsRateLimiter(
  db: KioskDatabase,
  settings: Pick<
    KioskSettings,
    'smsPerPhonePerHour' | 'smsPerPhonePerDay' | 'smsPerKioskPerHour' | 'resendCooldownSeconds'
  >,
) {
  // The row whose leaving the window brings the count back under the limit.
  const phoneWindow = db.prepare(
    `SELECT created_at FROM sms_log WHERE phone_e164 = ? AND created_at > ?
      ORDER BY created_at DESC LIMIT 1 OFFSET ?`,
  );
  const kioskWindow = db.prepare(
    `SELECT created_at FROM sms_log WHERE created_at > ? AND status != 'failed'
      ORDER BY created_at DESC LIMIT 1 OFFSET ?`,
  );

  const lastSendToPhone = db.prepare(
    `SELECT created_at FROM sms_log WHERE phone_e164 = ? AND created_at > ? AND status != 'failed'
      ORDER BY created_at DESC LIMIT 1`,
  );
  const identifierWindow = db.prepare(
    `SELECT created_at FROM sms_log WHERE identifier_key = ? AND created_at > ?
      ORDER BY created_at DESC LIMIT 1 OFFSET ?`,
  );
  const lastSendForIdentifier = db.prepare(
    `SELECT created_at FROM sms_log WHERE identifier_key = ? AND created_at > ?
      AND status != 'failed' ORDER BY created_at DESC LIMIT 1`,
  );

  const waitFor = (now: Date, row: unknown, windowMs: number): number => {
    const createdAt = (row as { created_at: string } | undefined)?.created_at;
    if (!createdAt) return 0;
    return secondsUntil(now, new Date(new Date(createdAt).getTime() + windowMs));
  };

  const since = (now: Date, ms: number) => new Date(now.getTime() - ms).toISOString();
  const gapMs = settings.resendCooldownSeconds * 1000;

  /** One budget (a number, or an identifier's key): its windows and its resend gap. */
  const budget = (window: typeof phoneWindow, lastSend: typeof lastSendToPhone) => {
    /** The hourly and daily windows of the key and the kiosk ceiling (not the resend gap). */
    const windowsWait = (key: string, now: Date): number =>
      Math.max(
        waitFor(
          now,
          window.get(key, since(now, HOUR_MS), settings.smsPerPhonePerHour - 1),
          HOUR_MS,
        ),
        waitFor(now, window.get(key, since(now, DAY_MS), settings.smsPerPhonePerDay - 1), DAY_MS),
        waitFor(
          now,
          kioskWindow.get(since(now, HOUR_MS), settings.smsPerKioskPerHour - 1),
          HOUR_MS,
        ),
      );
    const retryAfterSeconds = (key: string, now: Date): number =>
      Math.max(windowsWait(key, now), waitFor(now, lastSend.get(key, since(now, gapMs)), gapMs));
    return { windowsWait, retryAfterSeconds };
  };
  const phone = budget(phoneWindow, lastSendToPhone);
  const identifier = budget(identifierWindow, lastSendForIdentifier);

  return {
    /**
     * A notice that follows a code by seconds (the recovered identifier, "mot de passe
     * changé"): the same per-number and per-kiosk budgets, without the resend gap.
     */
    noticeRetryAfterSeconds: phone.windowsWait,
    /** 0 when a send to this number is allowed now, else the seconds to wait. */
    retryAfterSeconds: phone.retryAfterSeconds,
    /**
     * 0 when a recovery by this identifier (its keyed hash) may ask for a code now, else the
     * seconds to wait: the same hourly, daily and resend-gap limits as a number's, and the
     * kiosk ceiling.
     */
    identifierRetryAfterSeconds: identifier.retryAfterSeconds,
  };
}

export type SmsRateLimiter = ReturnType<typeof createSmsRateLimiter>;
