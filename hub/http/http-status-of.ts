// The HTTP status of each refusal the hub answers (bodies follow hubErrorSchema).
import type { HubErrorCode } from '../../shared/sync/sync-protocol';

export const HTTP_STATUS_OF: { readonly [C in HubErrorCode]: number } = {
  'bad-request': 400,
  unauthorised: 401,
  'enrolment-code-invalid': 403,
  'not-found': 404,
  'school-already-has-kiosks-with-accounts': 409,
  'kiosk-restored': 409,
  'too-large': 413,
  'protocol-too-old': 426,
  'protocol-too-new': 426,
  unavailable: 503,
};
