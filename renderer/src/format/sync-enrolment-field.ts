// Réglages → Hub: which field of the enrolment form a refusal is about, so its message shows
// next to that field (aria-invalid) and the focus goes there; the others show under the form.
import type { ErrorCode } from '../../../shared/error-codes';

export type EnrolmentField = 'hubUrl' | 'code' | 'kioskLabel';

const FIELD_OF: Partial<Record<ErrorCode, EnrolmentField>> = {
  HUB_URL_INVALID: 'hubUrl',
  HUB_URL_NOT_HTTPS: 'hubUrl',
  HUB_UNREACHABLE: 'hubUrl',
  HUB_TLS_FAILED: 'hubUrl',
  ENROLMENT_CODE_FORMAT: 'code',
  ENROLMENT_CODE_INVALID: 'code',
  KIOSK_LABEL_INVALID: 'kioskLabel',
};

export const enrolmentFieldOf = (code: ErrorCode): EnrolmentField | null => FIELD_OF[code] ?? null;
