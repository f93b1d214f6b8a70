// Why a request to the hub failed, in the console's one word (SyncErrorKind), with the hub's own
// code when it answered one, and an English sentence for the log.
import axios from 'axios';
import { hubErrorSchema, type HubErrorCode } from '../../../shared/sync/sync-protocol';
import type { SyncErrorKind } from '../../../shared/sync/sync-status-view';

export interface HubFailure {
  kind: SyncErrorKind;
  /** The hub's code, when it answered with one (enrolment words its refusals from it). */
  hubError: HubErrorCode | null;
  message: string;
}

// OpenSSL's and Node's words for "this certificate is not one to trust for this name".
const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

/** A request that got no HTTP answer: network, DNS, refused, cut, timed out, or TLS. */
export function transportFailure(error: unknown, baseUrl: string): HubFailure {
  const code = axios.isAxiosError(error)
    ? (error.code ?? (error.cause as { code?: string } | undefined)?.code)
    : (error as { code?: string } | undefined)?.code;
  if (code !== undefined && TLS_CODES.has(code)) {
    return {
      kind: 'tls',
      hubError: null,
      message: `the hub at ${baseUrl} has a certificate this kiosk does not trust (${code})`,
    };
  }
  // The axios error is not kept: its config holds the request body (hashes, the credential).
  return {
    kind: 'unreachable',
    hubError: null,
    message: `the hub at ${baseUrl} could not be reached (${code ?? (error instanceof Error ? error.message : 'no answer')})`,
  };
}

/** An HTTP answer that is not the success the request expects. */
export function answerFailure(status: number, body: unknown, what: string): HubFailure {
  const parsed = hubErrorSchema.safeParse(body);
  const hubError = parsed.success ? parsed.data.error : null;
  const said = parsed.success ? `: ${parsed.data.message}` : '';
  const message = `the hub refused ${what} (HTTP ${status}${hubError ? `, ${hubError}` : ''})${said}`;
  if (hubError === 'unauthorised' || status === 401) return { kind: 'revoked', hubError, message };
  if (hubError === 'kiosk-restored') return { kind: 'restored', hubError, message };
  if (hubError === 'protocol-too-old' || hubError === 'protocol-too-new') {
    return { kind: 'protocol', hubError, message };
  }
  // 4xx other than those (a bad request, an enrolment code refused…) and every 5xx: the hub
  // answered, and trying again as is will not help, or only later.
  return { kind: 'hub-error', hubError, message };
}
