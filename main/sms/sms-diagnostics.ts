// What the secretariat's settings screen needs about SMS (issue 4): the last failure, in
// English, from the SMS log, and a "send a test SMS" that goes through the same gateway, retry
// policy and limits as a parent's code, and is logged like one (never the text).
import { randomUUID } from 'node:crypto';
import type { KioskDatabase } from '../database/open-database';
import { createSmsLog } from './sms-log';
import { createSmsRateLimiter } from './sms-rate-limiter';
import type { KioskSettings } from '../config/kiosk-config';
import { maskPhone, normalisePhone } from '../matching/normalise-phone';
import type { Clock } from '../platform/clock';
import { SmsGatewayError, type SmsErrorKind, type SmsGateway } from './sms-gateway';

export interface SmsLastError {
  kind: SmsErrorKind;
  /** English, precise (provider, HTTP status, setting to check); never a code or a full number. */
  detail: string;
  /** ISO 8601, when the send was attempted. */
  at: string;
  provider: string;
  /** 'failed': surely not sent; 'uncertain': the provider may still deliver it. */
  status: 'failed' | 'uncertain';
}

export type TestSmsOutcome =
  | { ok: true; provider: string; providerMessageId: string; to: string }
  | { ok: false; reason: 'InvalidPhone' }
  /** S-RATE-2 applies to the test SMS too: a console cannot be used to flood a number. */
  | { ok: false; reason: 'LimitReached'; retryAfterSeconds: number }
  | { ok: false; reason: SmsErrorKind; detail: string; uncertain: boolean };

export const TEST_SMS_PURPOSE = 'test';

export function testSmsText(serviceName: string): string {
  return `${serviceName} : SMS de test du kiosque. Il n'y a rien à faire.`;
}

export function createSmsDiagnostics(options: {
  db: KioskDatabase;
  /** The gateway as the core uses it (retries and deadline included). */
  gateway: SmsGateway;
  clock: Clock;
  settings: Pick<
    KioskSettings,
    | 'serviceName'
    | 'smsPerPhonePerHour'
    | 'smsPerPhonePerDay'
    | 'smsPerKioskPerHour'
    | 'resendCooldownSeconds'
  >;
}) {
  const { db, gateway, clock } = options;
  const smsLog = createSmsLog(db);
  const limits = createSmsRateLimiter(db, options.settings);
  const lastFailure = db.prepare(
    `SELECT error_kind, error_detail, created_at, provider, status FROM sms_log
      WHERE status IN ('failed', 'uncertain') ORDER BY created_at DESC LIMIT 1`,
  );

  return {
    lastError(): SmsLastError | null {
      const row = lastFailure.get() as
        | {
            error_kind: string | null;
            error_detail: string | null;
            created_at: string;
            provider: string;
            status: 'failed' | 'uncertain';
          }
        | undefined;
      if (!row) return null;
      return {
        kind: (row.error_kind ?? 'Transient') as SmsErrorKind,
        detail: row.error_detail ?? 'no detail recorded',
        at: row.created_at,
        provider: row.provider,
        status: row.status,
      };
    },

    async sendTestSms(rawPhone: string): Promise<TestSmsOutcome> {
      const to = normalisePhone(rawPhone);
      if (!to) return { ok: false, reason: 'InvalidPhone' };
      const now = clock.now();
      const retryAfterSeconds = limits.retryAfterSeconds(to, now);
      if (retryAfterSeconds > 0) return { ok: false, reason: 'LimitReached', retryAfterSeconds };
      const id = randomUUID();
      smsLog.insertPending({
        id,
        at: now,
        flowId: null,
        purpose: TEST_SMS_PURPOSE,
        phoneE164: to,
        provider: gateway.provider,
      });
      try {
        const receipt = await gateway.send({
          to,
          text: testSmsText(options.settings.serviceName),
          clientId: id,
        });
        smsLog.markAccepted(id, receipt.providerMessageId, receipt.provider);
        return {
          ok: true,
          provider: receipt.provider ?? gateway.provider,
          providerMessageId: receipt.providerMessageId,
          to: maskPhone(to),
        };
      } catch (error) {
        const known = error instanceof SmsGatewayError;
        const kind: SmsErrorKind = known ? error.kind : 'Transient';
        const detail = error instanceof Error ? error.message : 'unknown error';
        const uncertain = !known || error.outcomeUncertain;
        if (uncertain) smsLog.markUncertain(id, kind, detail);
        else smsLog.markFailed(id, kind, detail);
        return { ok: false, reason: kind, detail, uncertain };
      }
    },
  };
}

export type SmsDiagnostics = ReturnType<typeof createSmsDiagnostics>;
