// Results cross process boundaries as data: ipcMain.handle rejections keep only a message
// string, so typed error codes must travel inside the value (architecture.md, "IPC contract").
import type { ErrorCode } from './error-codes';

export interface KioskError {
  code: ErrorCode;
  /** English, for logs; the renderer shows the French text for `code` from its catalogue. */
  message: string;
  /** Extra facts the screen may show (remaining attempts, seconds to wait). Never personal. */
  details?: {
    remainingAttempts?: number;
    retryAfterSeconds?: number;
    reason?: string;
    /** ACCOUNT_RETIRED: the parent's identifier that stays (said only after the right password). */
    useIdentifier?: string;
  };
  /**
   * A flow step's refusal that ended the flow (or found it ended): the flow's ended view (an
   * ActivationView or a RecoveryView), so the screen shows the ending the main process decided
   * instead of rebuilding it from the error code.
   */
  flowView?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: KioskError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (
  code: ErrorCode,
  message: string,
  details?: KioskError['details'],
): { ok: false; error: KioskError } => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});
