import { codeExpiresAt, codeValidityMinutes, resendAvailableAt } from '../../policy/code-timing';
import { MAX_CODE_FAILURES } from '../../policy/security-limits';
import type { KioskSettings } from '../../config/kiosk-config';
import type { FlowChanges, FlowRow } from '../engine/flow-repository';

type CodeSettings = Pick<KioskSettings, 'codeTtlSeconds' | 'resendCooldownSeconds'>;

/** When the flow's current code was sent (or withheld): what the resend rule counts from. */
export const codeSentAt = (flow: FlowRow): Date => new Date(flow.code_sent_at ?? flow.updated_at);

/** The code step's screen, the same in both flows (each adds the number it may show). */
export function codeStatusOf(settings: CodeSettings, flow: FlowRow) {
  return {
    expiresAt: flow.code_expires_at ?? '',
    validityMinutes: codeValidityMinutes(settings.codeTtlSeconds),
    resendAvailableAt: resendAvailableAt(codeSentAt(flow), settings).toISOString(),
    remainingAttempts: Math.max(0, MAX_CODE_FAILURES - flow.code_failures),
  };
}

/**
 * The columns of a new code (sent, or withheld: `codeHmac` null, S-ENUM-4): sent now, valid for
 * the code's lifetime (S-OTP-2), not used yet; the previous code stops working.
 */
export const newCodeColumns = (
  settings: CodeSettings,
  now: Date,
  codeHmac: string | null,
): FlowChanges => ({
  code_hmac: codeHmac,
  code_sent_at: now.toISOString(),
  code_expires_at: codeExpiresAt(now, settings).toISOString(),
  code_used_at: null,
});
