import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import { createSmsRateLimiter } from '../../../main/sms/sms-rate-limiter';

const NOW = new Date('2025-10-06T12:00:00.000Z');
const PHONE = '+33612345678';

describe('SMS rate limiter (S-RATE-2)', () => {
  let db: KioskDatabase;
  let n = 0;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  const logSms = (minutesAgo: number, status: string, phone = PHONE) =>
    db
      .prepare(
        `INSERT INTO sms_log (id, created_at, purpose, phone_e164, provider, status)
         VALUES (?, ?, 'activation-code', ?, 'test', ?)`,
      )
      .run(
        `sms-${n++}`,
        new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
        phone,
        status,
      );
  const logSmsSecondsAgo = (secondsAgo: number, status: string, phone = PHONE) =>
    logSms(secondsAgo / 60, status, phone);
  const limiter = (perKiosk = 60) =>
    createSmsRateLimiter(db, {
      smsPerPhonePerHour: 3,
      smsPerPhonePerDay: 5,
      smsPerKioskPerHour: perKiosk,
      resendCooldownSeconds: 60,
    });

  it('allows the third send in an hour and refuses the fourth until the oldest leaves', () => {
    logSms(50, 'accepted');
    logSms(10, 'accepted');
    expect(limiter().retryAfterSeconds(PHONE, NOW)).toBe(0);
    logSms(5, 'accepted');
    expect(limiter().retryAfterSeconds(PHONE, NOW)).toBe(10 * 60);
  });

  it('counts failed attempts for a phone (a failing number is not hammered)', () => {
    logSms(30, 'failed');
    logSms(20, 'failed');
    logSms(10, 'pending');
    expect(limiter().retryAfterSeconds(PHONE, NOW)).toBeGreaterThan(0);
  });

  it('applies the daily limit over a sliding 24 hours', () => {
    for (const minutesAgo of [23 * 60, 20 * 60, 15 * 60, 10 * 60, 5 * 60]) {
      logSms(minutesAgo, 'accepted');
    }
    expect(limiter().retryAfterSeconds(PHONE, NOW)).toBe(60 * 60);
    expect(limiter().retryAfterSeconds('+33698765432', NOW)).toBe(0);
  });

  it('applies the per-kiosk ceiling to every number, ignoring failed sends', () => {
    logSms(40, 'accepted', '+33611111111');
    logSms(30, 'accepted', '+33622222222');
    logSms(20, 'failed', '+33633333333');
    expect(limiter(3).retryAfterSeconds(PHONE, NOW)).toBe(0);
    logSms(10, 'pending', '+33644444444');
    expect(limiter(3).retryAfterSeconds(PHONE, NOW)).toBe(20 * 60);
  });

  it('S-RATE-2 keeps the resend cooldown between two sends to a number, across flows', () => {
    logSmsSecondsAgo(20, 'accepted');
    expect(limiter().retryAfterSeconds(PHONE, NOW)).toBe(40);
    expect(limiter().retryAfterSeconds('+33698765432', NOW)).toBe(0);
  });

  it('S-RATE-2 counts a pending send for the cooldown, not a failed one (a retry is allowed)', () => {
    logSmsSecondsAgo(10, 'failed');
    expect(limiter().retryAfterSeconds(PHONE, NOW)).toBe(0);
    logSmsSecondsAgo(5, 'pending');
    expect(limiter().retryAfterSeconds(PHONE, NOW)).toBe(55);
    expect(limiter().retryAfterSeconds(PHONE, new Date(NOW.getTime() + 55_000))).toBe(0);
  });

  it('S-ENUM-4 counts a withheld recovery code like a send, so the limits answer the same', () => {
    logSmsSecondsAgo(5, 'withheld');
    expect(limiter().retryAfterSeconds(PHONE, NOW)).toBe(55);
    logSms(30, 'withheld');
    logSms(20, 'accepted');
    // Three in the hour: the oldest (30 min ago) must leave it first.
    expect(limiter().retryAfterSeconds(PHONE, NOW)).toBe(30 * 60);
  });

  it('lets a notice follow a code without the resend gap, within the hourly budget', () => {
    logSmsSecondsAgo(5, 'accepted');
    expect(limiter().retryAfterSeconds(PHONE, NOW)).toBe(55);
    expect(limiter().noticeRetryAfterSeconds(PHONE, NOW)).toBe(0);
    logSms(10, 'accepted');
    logSms(20, 'accepted');
    expect(limiter().noticeRetryAfterSeconds(PHONE, NOW)).toBe(40 * 60);
  });
});
