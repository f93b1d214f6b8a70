// The hub's refusals are data, as on the kiosk (shared/result.ts), with the wire's error codes:
// the HTTP layer turns one into a status and a hubErrorSchema body.
import type { HubErrorCode } from '../../shared/sync/sync-protocol';

export interface HubFailure {
  readonly code: HubErrorCode;
  /** English, for logs and the kiosk's diagnostics; never a secret or a stack. */
  readonly message: string;
}

export type HubResult<T> = { ok: true; value: T } | { ok: false; error: HubFailure };

export const hubOk = <T>(value: T): HubResult<T> => ({ ok: true, value });

export const hubFail = (code: HubErrorCode, message: string): { ok: false; error: HubFailure } => ({
  ok: false,
  error: { code, message },
});
